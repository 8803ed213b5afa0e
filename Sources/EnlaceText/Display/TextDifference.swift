/// Where two versions of one text differ: the part they share at the start, the part they
/// share at the end, and each one's middle. The conflict screen and the history mark the middle
/// so an officer sees the change, not two lines that look alike.
///
/// Texts are compared by grapheme cluster (a Swift `Character`), so an accented letter or a
/// wide CJK character is never split, and `é` written precomposed or with a combining accent is
/// the same letter. The shared start and end never overlap: "aa" against "aaa" shares "aa" and
/// the middles are "" and "a".
public struct TextDifference: Sendable, Equatable {
    /// What both texts start with.
    public var prefix: String
    /// The first text's middle: what it has where the second has `secondMiddle`.
    public var firstMiddle: String
    /// The second text's middle.
    public var secondMiddle: String
    /// What both texts end with, after their middles.
    public var suffix: String

    public init(_ first: String, _ second: String) {
        let firstCharacters = Array(first)
        let secondCharacters = Array(second)
        let shorter = min(firstCharacters.count, secondCharacters.count)
        var start = 0
        while start < shorter, firstCharacters[start] == secondCharacters[start] { start += 1 }
        var end = 0
        while end < shorter - start,
              firstCharacters[firstCharacters.count - 1 - end] == secondCharacters[secondCharacters.count - 1 - end] {
            end += 1
        }
        prefix = String(firstCharacters[..<start])
        firstMiddle = String(firstCharacters[start..<(firstCharacters.count - end)])
        secondMiddle = String(secondCharacters[start..<(secondCharacters.count - end)])
        suffix = String(firstCharacters[(firstCharacters.count - end)...])
    }

    /// The same difference with its middles widened to whole words: "media" against "alta"
    /// shows as two words, not as "medi" and "alt" before a shared "a". A boundary between a
    /// letter or digit and something else (a space, a bracket, a dash) stays where it is.
    public func alignedToWords() -> TextDifference {
        var prefix = Array(prefix)
        var suffix = Array(suffix)
        var firstMiddle = Array(firstMiddle)
        var secondMiddle = Array(secondMiddle)
        func isWord(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber } ?? false }
        func startsInWord(_ middle: [Character]) -> Bool { isWord(middle.first ?? suffix.first) }
        while isWord(prefix.last), startsInWord(firstMiddle) || startsInWord(secondMiddle), let last = prefix.popLast() {
            firstMiddle.insert(last, at: 0)
            secondMiddle.insert(last, at: 0)
        }
        func endsInWord(_ middle: [Character]) -> Bool { isWord(middle.last ?? prefix.last) }
        while isWord(suffix.first), endsInWord(firstMiddle) || endsInWord(secondMiddle) {
            let first = suffix.removeFirst()
            firstMiddle.append(first)
            secondMiddle.append(first)
        }
        var aligned = self
        aligned.prefix = String(prefix)
        aligned.firstMiddle = String(firstMiddle)
        aligned.secondMiddle = String(secondMiddle)
        aligned.suffix = String(suffix)
        return aligned
    }

    /// Whether the texts are the same.
    public var isEmpty: Bool { firstMiddle.isEmpty && secondMiddle.isEmpty }

    /// The first text, split where it differs.
    public var first: MarkedText { MarkedText(before: prefix, changed: firstMiddle, after: suffix) }
    /// The second text, split where it differs.
    public var second: MarkedText { MarkedText(before: prefix, changed: secondMiddle, after: suffix) }
}

/// One side of a `TextDifference`: the text around its changed part, and the changed part.
public struct MarkedText: Sendable, Equatable {
    public var before: String
    public var changed: String
    public var after: String

    public init(before: String, changed: String, after: String) {
        self.before = before
        self.changed = changed
        self.after = after
    }

    /// The marks drawn around the changed part, so it shows without colour (NO_COLOR, a
    /// monochrome terminal, a screen reader): `«` and `»`, one cell each.
    public static let openMark = "«"
    public static let closeMark = "»"

    /// The whole text.
    public var text: String { before + changed + after }

    /// The text with the changed part between the marks.
    public var markedText: String { before + Self.openMark + changed + Self.closeMark + after }

    /// The text cut to at most `cells` cells (the marks included) around its change, with `…`
    /// where something was left out: a little of what comes before the change, the change
    /// itself (its start, if it alone is too long), then what follows while it fits.
    public func excerpt(cells: Int) -> MarkedText {
        let marks = CellWidth.of(Self.openMark) + CellWidth.of(Self.closeMark)
        guard CellWidth.of(text) + marks > cells else { return self }
        let ellipsis = "…"
        var room = max(0, cells - marks)
        // What leads up to the change gets a quarter of the room, at most 12 cells, or all that
        // the change and what follows it leave.
        let leadRoom = max(min(12, room / 4), room - CellWidth.of(changed) - CellWidth.of(after))
        var lead = before
        if CellWidth.of(before) > leadRoom {
            lead = ellipsis + Self.tail(of: before, cells: max(0, leadRoom - 1))
        }
        room -= CellWidth.of(lead)
        var middle = changed
        if CellWidth.of(changed) > room {
            middle = Self.head(of: changed, cells: max(0, room - 1)) + ellipsis
            return MarkedText(before: lead, changed: middle, after: "")
        }
        room -= CellWidth.of(middle)
        var trail = after
        if CellWidth.of(after) > room {
            trail = room > 0 ? Self.head(of: after, cells: room - 1) + ellipsis : ""
        }
        return MarkedText(before: lead, changed: middle, after: trail)
    }

    /// The longest start of `text` that fits in `cells`.
    static func head(of text: String, cells: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = CellWidth.of(text[index])
            if used + width > cells { break }
            used += width
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// The longest end of `text` that fits in `cells`.
    static func tail(of text: String, cells: Int) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let width = CellWidth.of(text[previous])
            if used + width > cells { break }
            used += width
            start = previous
        }
        return String(text[start...])
    }
}
