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
    /// The text is made safe first (`SafeText.line`), so a view cannot forget to. What does not
    /// fit is cut and ends in `…`; a wide character that would straddle the limit is left out.
    /// Returns the number of cells written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - max(0, x))
        guard limit > 0 else { return 0 }
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
                if cellWidth == 2, column + 1 < width { self[column + 1, y] = Cell(" ", style: style, isContinuation: true) }
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

    /// `put` for safe text whose every scalar is below U+0300 (ASCII, Spanish, the rest of
    /// Latin): there each scalar is a character of its own, one cell wide (nothing below
    /// U+0300 combines, and `SafeText` has replaced the controls), so the text is written
    /// scalar by scalar, with no grapheme breaking and no width lookups. Nil for other text.
    private mutating func putNarrow(_ safe: String, x: Int, y: Int, limit: Int, style: Style) -> Int? {
        var total = 0
        for scalar in safe.unicodeScalars {
            if scalar.value >= 0x300 { return nil }
            total += 1
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
