/// Every word of the wall display (`enlace kiosk`). Its own section so the board's
/// catalog can grow beside it; statuses and priorities are in `CommonPhrase`.
public enum KioskPhrase: String, CatalogSection {
    case title
    case activeCases
    case byStatus
    case byLead
    case overdueCount
    case dueSoonCount
    case restricted
    case noActiveCases
    case recentNotes
    case noNotes
    case lastChange
    case noChangeYet
    case clock
    case page
    case ceiling
    case releasableOnly
    case caseFilesDamaged
    case dataUnavailable
    case showingLastGood
    case invalidMarking
    case invalidExitKey
    case invalidRotate

    public var english: String {
        switch self {
        case .title: "ENLACE — operations display"
        case .activeCases: "Active cases"
        case .byStatus: "By status"
        case .byLead: "By lead agency"
        case .overdueCount: "Overdue: {count}"
        case .dueSoonCount: "Due within 7 days: {count}"
        case .restricted: "restricted"
        case .noActiveCases: "No active cases."
        case .recentNotes: "Latest notes"
        case .noNotes: "No notes yet."
        case .lastChange: "Last change {time}"
        case .noChangeYet: "No data yet"
        case .clock: "{time} UTC"
        case .page: "Page {page}/{pages}"
        case .ceiling: "Up to {marking}"
        case .releasableOnly: "Releasable to Mexico only"
        case .caseFilesDamaged: "{count} case file(s) could not be read: {path}"
        case .dataUnavailable: "Data unavailable: {reason}"
        case .showingLastGood: "showing the last data read"
        case .invalidMarking: "--max-marking: \"{value}\" is not a TLP marking (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)."
        case .invalidExitKey: "--exit-key: \"{value}\" is not a key (a character, ctrl-X, esc or F1–F12)."
        case .invalidRotate: "--rotate: the value must be positive; give a whole number of seconds from 1 to 3600."
        }
    }

    public var spanish: String {
        switch self {
        case .title: "ENLACE — pantalla de operaciones"
        case .activeCases: "Casos activos"
        case .byStatus: "Por estado"
        case .byLead: "Por dependencia líder"
        case .overdueCount: "Vencidos: {count}"
        case .dueSoonCount: "Vencen en 7 días: {count}"
        case .restricted: "restringido"
        case .noActiveCases: "No hay casos activos."
        case .recentNotes: "Notas recientes"
        case .noNotes: "Todavía no hay notas."
        case .lastChange: "Último cambio {time}"
        case .noChangeYet: "Sin datos todavía"
        case .clock: "{time} UTC"
        case .page: "Página {page}/{pages}"
        case .ceiling: "Hasta {marking}"
        case .releasableOnly: "Solo lo liberable a México"
        case .caseFilesDamaged: "{count} archivo(s) de caso no se pudieron leer: {path}"
        case .dataUnavailable: "Datos no disponibles: {reason}"
        case .showingLastGood: "se muestran los últimos datos leídos"
        case .invalidMarking: "--max-marking: \"{value}\" no es una marca TLP (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)."
        case .invalidExitKey: "--exit-key: \"{value}\" no es una tecla (un carácter, ctrl-X, esc o F1–F12)."
        case .invalidRotate: "--rotate: el valor debe ser positivo; indica un número entero de segundos de 1 a 3600."
        }
    }
}
