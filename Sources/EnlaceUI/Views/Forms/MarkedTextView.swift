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

    /// Wrapped into `rect`, shortened around the change when all of it does not fit; returns the
    /// rows drawn.
    @discardableResult
    static func block(_ marked: MarkedText, in rect: Rect, into grid: inout CellGrid) -> Int {
        guard rect.width > 1, rect.height > 0 else { return 0 }
        // Breaking between characters can leave a wide one's cell empty at a row's end.
        let shown = marked.excerpt(cells: rect.width * rect.height - rect.height)
        var column = 0
        var row = 0
        for (text, style) in segments(shown, style: .normal) {
            for character in text {
                let width = CellWidth.of(character)
                if column + width > rect.width {
                    row += 1
                    column = 0
                }
                guard row < rect.height else { return rect.height }
                column += grid.put(String(character), x: rect.x + column, y: rect.y + row, maxWidth: width, style: style)
            }
        }
        return row + 1
    }

    private static func segments(_ marked: MarkedText, style: Style) -> [(String, Style)] {
        var changeStyle = changeStyle
        changeStyle.emphasis.formUnion(style.emphasis)
        return [(marked.before, style), (MarkedText.openMark + marked.changed + MarkedText.closeMark, changeStyle), (marked.after, style)]
    }
}
