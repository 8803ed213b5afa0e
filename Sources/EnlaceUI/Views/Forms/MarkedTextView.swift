import EnlaceText

/// Draws one side of a `TextDifference`: the changed part underlined and bold between `«` and
/// `»`, so it shows in colour, in monochrome and under NO_COLOR alike. The text must already be
/// safe (`SafeText`).
enum MarkedTextView {
    static let changeStyle = Style(.normal, [.underline, .bold])

    /// On one row, shortened around the change to `width` cells; returns the cells drawn.
    @discardableResult
    static func line(_ marked: MarkedText, x: Int, y: Int, width: Int, into grid: inout CellGrid, style: Style = .normal) -> Int {
        guard width > 0 else { return 0 }
        let shown = marked.excerpt(cells: width)
        var column = x
        for (text, segmentStyle) in segments(shown, style: style) {
            column += grid.put(text, x: column, y: y, maxWidth: max(0, x + width - column), style: segmentStyle)
        }
        return column - x
    }

    /// Wrapped into `rect` at spaces, shortened around the change when all of it does not fit;
    /// returns the rows drawn.
    @discardableResult
    static func block(_ marked: MarkedText, in rect: Rect, into grid: inout CellGrid) -> Int {
        guard rect.width > 1, rect.height > 0 else { return 0 }
        var budget = rect.width * rect.height
        // A value far longer than the room is cut before it is wrapped, not after.
        let shortened = marked.excerpt(cells: budget)
        var (cells, rows) = wrap(shortened, width: rect.width)
        // Each try leaves out another row's worth around the change, until what is left fits.
        while rows.count > rect.height, budget > rect.width {
            budget -= rect.width
            (cells, rows) = wrap(shortened.excerpt(cells: budget), width: rect.width)
        }
        for (row, range) in rows.prefix(rect.height).enumerated() {
            var column = 0
            for cell in cells[range] {
                column += grid.put(String(cell.character), x: rect.x + column, y: rect.y + row, maxWidth: cell.width, style: cell.style)
            }
        }
        return max(1, min(rect.height, rows.count))
    }

    private typealias StyledCell = (character: Character, style: Style, width: Int)

    /// The text's characters with their styles, and the range of them on each row of `width`
    /// cells; a row ends after its last space when that falls in its second half, so words stay whole.
    private static func wrap(_ marked: MarkedText, width: Int) -> ([StyledCell], [Range<Int>]) {
        var cells: [StyledCell] = []
        for (text, style) in segments(marked, style: .normal) {
            for character in text { cells.append((character, style, CellWidth.of(character))) }
        }
        var rows: [Range<Int>] = []
        var start = 0
        while start < cells.count {
            var end = start
            var used = 0
            while end < cells.count, used + cells[end].width <= width {
                used += cells[end].width
                end += 1
            }
            if end == start { end += 1 }
            if end < cells.count, let space = cells[start..<end].lastIndex(where: { $0.character == " " }),
               space > start + (end - start) / 2 {
                end = space + 1
            }
            rows.append(start..<end)
            start = end
        }
        return (cells, rows)
    }

    private static func segments(_ marked: MarkedText, style: Style) -> [(String, Style)] {
        var changeStyle = changeStyle
        changeStyle.emphasis.formUnion(style.emphasis)
        return [(marked.before, style), (MarkedText.openMark + marked.changed + MarkedText.closeMark, changeStyle), (marked.after, style)]
    }
}
