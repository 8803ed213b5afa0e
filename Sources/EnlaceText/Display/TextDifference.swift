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
        // Walked by index, not copied into arrays: a conflict on a summary of megabytes is
        // drawn on every frame.
        var firstStart = first.startIndex
        var secondStart = second.startIndex
        while firstStart < first.endIndex, secondStart < second.endIndex, first[firstStart] == second[secondStart] {
            first.formIndex(after: &firstStart)
            second.formIndex(after: &secondStart)
        }
        var firstEnd = first.endIndex
        var secondEnd = second.endIndex
        while firstEnd > firstStart, secondEnd > secondStart {
            let firstPrevious = first.index(before: firstEnd)
            let secondPrevious = second.index(before: secondEnd)
            guard first[firstPrevious] == second[secondPrevious] else { break }
            firstEnd = firstPrevious
            secondEnd = secondPrevious
        }
        prefix = String(first[..<firstStart])
        firstMiddle = String(first[firstStart..<firstEnd])
        secondMiddle = String(second[secondStart..<secondEnd])
        suffix = String(first[firstEnd...])
    }

    /// The same difference with its middles widened to whole words: "media" against "alta"
    /// shows as two words, not as "medi" and "alt" before a shared "a". A boundary between a
    /// letter or digit and something else (a space, a bracket, a dash) stays where it is.
    public func alignedToWords() -> TextDifference {
        func isWord(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber } ?? false }
        // Substrings, and the moved letters joined once: the texts can be megabytes long.
        var prefix = Substring(prefix)
        var suffix = Substring(suffix)
        var movedBack = ""
        func startsInWord(_ middle: String) -> Bool { isWord(movedBack.first ?? middle.first ?? suffix.first) }
        while isWord(prefix.last), startsInWord(firstMiddle) || startsInWord(secondMiddle), let last = prefix.popLast() {
            movedBack.insert(last, at: movedBack.startIndex)
        }
        var movedForward = ""
        func endsInWord(_ middle: String) -> Bool { isWord(movedForward.last ?? middle.last ?? movedBack.last ?? prefix.last) }
        while isWord(suffix.first), endsInWord(firstMiddle) || endsInWord(secondMiddle), let first = suffix.popFirst() {
            movedForward.append(first)
        }
        var aligned = self
        aligned.prefix = String(prefix)
        aligned.firstMiddle = movedBack + firstMiddle + movedForward
        aligned.secondMiddle = movedBack + secondMiddle + movedForward
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
        // Widths are counted only as far as they matter: a side can be megabytes long.
        let limit = cells + 1
        let beforeWidth = Self.width(of: before, atMost: limit)
        let changedWidth = Self.width(of: changed, atMost: limit)
        let afterWidth = Self.width(of: after, atMost: limit)
        guard beforeWidth + changedWidth + afterWidth + marks > cells else { return self }
        let ellipsis = "…"
        var room = max(0, cells - marks)
        // What leads up to the change gets a quarter of the room, at most 12 cells, or all that
        // the change and what follows it leave.
        let leadRoom = max(min(12, room / 4), room - changedWidth - afterWidth)
        var lead = before
        if beforeWidth > leadRoom {
            lead = ellipsis + Self.tail(of: before, cells: max(0, leadRoom - 1))
        }
        room -= CellWidth.of(lead)
        var middle = changed
        if changedWidth > room {
            middle = Self.head(of: changed, cells: max(0, room - 1)) + ellipsis
            return MarkedText(before: lead, changed: middle, after: "")
        }
        room -= changedWidth
        var trail = after
        if afterWidth > room {
            trail = room > 0 ? Self.head(of: after, cells: room - 1) + ellipsis : ""
        }
        return MarkedText(before: lead, changed: middle, after: trail)
    }

    /// The cells `text` takes, counted no further than `limit`.
    static func width(of text: String, atMost limit: Int) -> Int {
        var used = 0
        for character in text {
            used += CellWidth.of(character)
            if used >= limit { return used }
        }
        return used
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
