/// Where a link in a detail leads: `Enter` on it selects that record in its pane.
public enum LinkTarget: Sendable, Hashable {
    case agency(String)
    case contact(String)
    case caseRecord(String)

    public var pane: Pane {
        switch self {
        case .agency: .agencies
        case .contact: .contacts
        case .caseRecord: .cases
        }
    }

    public var recordID: String {
        switch self {
        case .agency(let code): code
        case .contact(let id): id
        case .caseRecord(let id): id
        }
    }
}
