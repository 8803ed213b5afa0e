import EnlaceText

/// The screen as views draw it: width × height cells. Views write into a grid; the terminal
/// paints it, and snapshot tests read it back as text. Nothing here knows about ncurses.
public struct CellGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` at (x, y), at most `maxWidth` cells (to the right edge when nil).
    ///
    /// The text is made safe first (`SafeText.line`), so a view cannot forget to. A grapheme
    /// cluster (a flag, an emoji sequence, a letter and its marks) is one cell's character, the
    /// cells after it continuations for as many cells as `CellWidth` gives it. What does not
    /// fit is cut and ends in `…`; a wide character that would straddle the limit is left out.
    /// Returns the number of cells written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - max(0, x))
        guard limit > 0 else { return 0 }
        // Text that is already safe and simple skips `SafeText` (which, for anything beyond
        // Latin, normalizes through Foundation): a separator is drawn 48 times a render.
        if let used = putNarrow(text, x: x, y: y, limit: limit, style: style) { return used }
        let safe = SafeText.line(text)
        if let used = putNarrow(safe, x: x, y: y, limit: limit, style: style) { return used }
        let total = CellWidth.of(safe)
        let cut = total > limit
        let room = cut ? limit - 1 : limit
        var column = x
        var used = 0
        for character in safe {
            let cellWidth = CellWidth.of(character)
            if cellWidth == 0 {
                // A combining mark on its own: attach it to the previous cell.
                if column > x, column - 1 >= 0 { appendMark(character, at: column - 1, y: y) }
                continue
            }
            if used + cellWidth > room { break }
            if column >= 0 {
                self[column, y] = Cell(character, style: style)
                for continuation in (column + 1)..<min(width, column + cellWidth) {
                    self[continuation, y] = Cell(" ", style: style, isContinuation: true)
                }
            }
            column += cellWidth
            used += cellWidth
        }
        if cut, column >= 0, column < width {
            self[column, y] = Cell("…", style: style)
            used += 1
        }
        return used
    }

    /// `put` for text of printable Latin (ASCII, Spanish, the rest of Latin-1 and Latin
    /// Extended) and of the dashes, dots, arrows and box lines the views draw: each such
    /// scalar is a character of its own, one cell wide, that `SafeText.line` leaves as it is
    /// (none is a control, none combines or composes with its neighbours, none is wide), so
    /// the text is written scalar by scalar, with no grapheme breaking and no width lookups.
    /// Nil for any other text. Only the first `limit + 1` scalars are read: once they are all
    /// narrow, the text is cut after `limit - 1` of them whatever follows (none of them can
    /// join what comes next), so a title of megabytes costs a row what a short one does.
    private mutating func putNarrow(_ safe: String, x: Int, y: Int, limit: Int, style: Style) -> Int? {
        var total = 0
        for scalar in safe.unicodeScalars {
            guard Self.isNarrow(scalar.value) else { return nil }
            total += 1
            if total > limit { break }
        }
        let room = total > limit ? limit - 1 : limit
        let rowStart = y * width
        var column = x
        cells.withUnsafeMutableBufferPointer { cells in
            for scalar in safe.unicodeScalars {
                if column - x >= room { break }
                if column >= 0 { cells[rowStart + column] = Cell(scalar: scalar, style: style) }
                column += 1
            }
        }
        var used = column - x
        if total > limit, column >= 0, column < width {
            self[column, y] = Cell(scalar: "…", style: style)
            used += 1
        }
        return used
    }

    @inline(__always)
    private static func isNarrow(_ value: UInt32) -> Bool {
        switch value {
        case 0x20..<0x7F, 0xA0..<0x300: true
        // General punctuation without its invisible and bidi controls (SafeText.isUnsafe).
        case 0x2010...0x2027, 0x2030...0x205E: true
        // Arrows; box drawing, blocks and geometric shapes up to the two wide squares.
        case 0x2190...0x21FF, 0x2500...0x25FC: true
        default: false
        }
    }

    /// Fills a rectangle with blanks in `style` (row backgrounds, the selection bar).
    public mutating func fill(x: Int, y: Int, width fillWidth: Int, height fillHeight: Int, style: Style = .normal) {
        let blank = Cell(scalar: " ", style: style)
        for row in max(0, y)..<min(height, y + fillHeight) {
            for column in max(0, x)..<min(width, x + fillWidth) {
                self[column, row] = blank
            }
        }
    }

    /// Changes the style of existing cells without changing their text.
    public mutating func restyle(x: Int, y: Int, width styleWidth: Int, style: Style) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + styleWidth) {
            self[column, y].style = style
        }
    }

    /// The text of the grid, a line a row with trailing blanks removed: what snapshot tests compare.
    public var text: String {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[column, row].isContinuation {
                line.append(self[column, row].character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    private mutating func appendMark(_ mark: Character, at column: Int, y: Int) {
        var base = self[column, y]
        if base.isContinuation, column > 0 { return appendMark(mark, at: column - 1, y: y) }
        let combined = String(base.character) + String(mark)
        if combined.count == 1 { base.character = Character(combined) }
        self[column, y] = base
    }
}
