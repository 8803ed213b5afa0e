import EnlaceModel

/// A record the store saves one at a time: what a conflict carries on each side.
public enum StoredRecord: Sendable, Equatable {
    case `case`(Case)
    case contact(Contact)
    case logEntry(LogEntry)

    public var id: String {
        switch self {
        case .case(let record): record.id
        case .contact(let record): record.id
        case .logEntry(let record): record.id
        }
    }

    public var version: Int {
        switch self {
        case .case(let record): record.version
        case .contact(let record): record.version
        case .logEntry(let record): record.version
        }
    }

    /// The `entity` of its audit lines: `case`, `contact` or `log`.
    public var entity: String {
        switch self {
        case .case: "case"
        case .contact: "contact"
        case .logEntry: "log"
        }
    }
}
