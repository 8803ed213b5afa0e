import CNcursesw
import EnlaceUI
