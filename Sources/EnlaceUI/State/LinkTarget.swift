/// Where a link in a detail leads: `Enter` on it selects that record in its pane, or, on a
/// note of the case in view, opens the form that amends it.
public enum LinkTarget: Sendable, Hashable {
    case agency(String)
    case contact(String)
    case caseRecord(String)
    /// The note at `index` in the case's `notes`.
    case note(caseID: String, index: Int)
    case logEntry(String)

    public var pane: Pane {
        switch self {
        case .agency: .agencies
        case .contact: .contacts
        case .caseRecord, .note: .cases
        case .logEntry: .log
        }
    }

    public var recordID: String {
        switch self {
        case .agency(let code): code
        case .contact(let id), .logEntry(let id): id
        case .caseRecord(let id), .note(let id, _): id
        }
    }
}
