import EnlaceModel

/// The record whose audit trail `h` shows.
public enum HistorySubject: Sendable, Equatable {
    case `case`(id: String)
    case contact(id: String)

    public var id: String {
        switch self {
        case .case(let id), .contact(let id): id
        }
    }

    /// The `entity` of its audit lines: `case` or `contact`.
    public var entity: String {
        switch self {
        case .case: "case"
        case .contact: "contact"
        }
    }
}

/// One change of a record's history as the audit log has it.
public struct HistoryLine: Sendable, Equatable {
    public var at: Timestamp
    public var user: String
    public var version: Int
    public var change: HistoryChange

    public init(at: Timestamp, user: String, version: Int, change: HistoryChange) {
        self.at = at
        self.user = user
        self.version = version
        self.change = change
    }
}

/// What one audit line says happened.
public enum HistoryChange: Sendable, Equatable {
    case created
    case noteAdded
    /// The record was deleted (the undo of its creation).
    case deleted
    /// The fields that changed, by their names in the record's JSON (`priority`, `role`).
    case fields([String])
}
