/// Words every part of Enlace shares: the closed vocabularies as shown on screen and in briefs.
/// Files and `--json` keep the raw values of DESIGN.md; only display goes through here.
public enum CommonPhrase: String, CatalogSection {
    case statusNew, statusActive, statusWaiting, statusClosed
    case priorityLow, priorityMedium, priorityHigh, priorityCritical
    case releasableToMexico, notReleasableToMexico

    public var english: String {
        switch self {
        case .statusNew: "new"
        case .statusActive: "active"
        case .statusWaiting: "waiting"
        case .statusClosed: "closed"
        case .priorityLow: "low"
        case .priorityMedium: "medium"
        case .priorityHigh: "high"
        case .priorityCritical: "critical"
        case .releasableToMexico: "RELEASABLE TO MEXICO"
        case .notReleasableToMexico: "NOT RELEASABLE TO MEXICO"
        }
    }

    public var spanish: String {
        switch self {
        case .statusNew: "nuevo"
        case .statusActive: "activo"
        case .statusWaiting: "en espera"
        case .statusClosed: "cerrado"
        case .priorityLow: "baja"
        case .priorityMedium: "media"
        case .priorityHigh: "alta"
        case .priorityCritical: "crítica"
        case .releasableToMexico: "DIVULGABLE A MÉXICO"
        case .notReleasableToMexico: "NO DIVULGABLE A MÉXICO"
        }
    }
}
