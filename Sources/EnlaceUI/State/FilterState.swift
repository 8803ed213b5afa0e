import EnlaceModel

/// A pane's filter: the text being typed, whether the keyboard is typing into it, and — for the
/// cases pane — the error of a query that does not parse. While the text is malformed the list
/// keeps the last good result (`appliedText` says which text that was).
public struct FilterState: Sendable, Equatable {
    public var editor = LineEditor()
    public var isEditing = false
    /// The text whose result the list shows.
    public var appliedText = ""
    /// Why the current text is not a query; nil when it is.
    public var error: QueryError?

    public init() {}

    public var text: String { editor.text }
    /// A filter is in force: the list shows a subset.
    public var isActive: Bool { !appliedText.isEmpty }
}
