// What the audit log tells of one change besides who and when: read by the store, shown by
// the board's history.

/// A field's value before and after one change, as text: a list is its items joined by
/// ", ", a missing value is "".
public struct HistoryValue: Sendable, Equatable {
    /// The field's name in the record's JSON (`title`, `phones`).
    public var field: String
    public var from: String
    public var to: String

    public init(field: String, from: String, to: String) {
        self.field = field
        self.from = from
        self.to = to
    }
}

/// A note one change added.
public struct HistoryNote: Sendable, Equatable {
    public var author: String
    public var text: String
    public var releasableToMexico: Bool

    public init(author: String, text: String, releasableToMexico: Bool) {
        self.author = author
        self.text = text
        self.releasableToMexico = releasableToMexico
    }
}
