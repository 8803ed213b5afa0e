import EnlaceModel
import EnlaceText
