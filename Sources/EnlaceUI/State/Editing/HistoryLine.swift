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

/// One change of a record's history as the audit log has it. Every text in it is the file's
/// own: views pass it through `SafeText`.
public struct HistoryLine: Sendable, Equatable {
    public var at: Timestamp
    public var user: String
    public var version: Int
    public var change: HistoryChange
    /// Each changed field's value before and after (for `fields`), in the log's order.
    public var values: [HistoryValue]
    /// The notes this change added, with their text.
    public var notes: [HistoryNote]
    /// What a deletion took away (a case's title, a contact's name), when the log keeps it.
    public var deletedName: String?
    /// The version whose change this one takes back, when it puts every field it changed back
    /// as that version found it (what `u` does); worked out by `markingUndos`.
    public var undoes: Int?

    public init(
        at: Timestamp, user: String, version: Int, change: HistoryChange, values: [HistoryValue] = [],
        notes: [HistoryNote] = [], deletedName: String? = nil, undoes: Int? = nil
    ) {
        self.at = at
        self.user = user
        self.version = version
        self.change = change
        self.values = values
        self.notes = notes
        self.deletedName = deletedName
        self.undoes = undoes
    }

    /// `lines` (newest first) with `undoes` set on each change that reverses an older change of
    /// the same officer's not already reversed: the newest such older change is the one taken back.
    public static func markingUndos(_ lines: [HistoryLine]) -> [HistoryLine] {
        var marked = lines
        var undone = Set<Int>()
        for index in marked.indices.reversed() where !marked[index].values.isEmpty {
            let line = marked[index]
            let reversed = line.values.map { HistoryValue(field: $0.field, from: $0.to, to: $0.from) }
            let older = marked.indices.filter { $0 > index }.first { candidate in
                let earlier = marked[candidate]
                return !undone.contains(candidate) && earlier.user == line.user && earlier.values == reversed
            }
            if let older {
                marked[index].undoes = marked[older].version
                undone.insert(older)
                undone.insert(index)
            }
        }
        return marked
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
