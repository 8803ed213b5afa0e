/// A one-line text editor: the filter's input, and the fields of the edit forms to come.
/// The cursor counts characters (grapheme clusters), so an accent or a CJK character moves as one.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// 0...characters.count; the position before which typing inserts.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Inserts `text` at the cursor; a paste arrives whole. Line breaks become spaces unless
    /// `keepingLineBreaks` (the multi-line fields: a summary, a note), where they become `\n`.
    public mutating func insert(_ text: String, keepingLineBreaks: Bool = false) {
        let flattened = text.map { $0.isNewline ? (keepingLineBreaks ? "\n" : " ") : $0 }
        characters.insert(contentsOf: flattened, at: cursor)
        cursor += flattened.count
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Delete: the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Ctrl-W: the word before the cursor and the spaces after it.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-U: everything before the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }
}
