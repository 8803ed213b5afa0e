import EnlaceText

/// Drawing helpers the views share, on top of `put`.
extension CellGrid {
    /// Adds `emphasis` to the cells of a row segment, keeping their text and role (the
    /// selection bar over a row whose cells have their own colours).
    public mutating func emphasize(x: Int, y: Int, width emphasisWidth: Int, _ emphasis: Emphasis) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + emphasisWidth)) {
            self[column, y].style.emphasis.formUnion(emphasis)
        }
    }

    /// Writes `text` so that it ends at column `right` (exclusive); returns its first column.
    @discardableResult
    public mutating func putRightAligned(_ text: String, right: Int, y: Int, maxWidth: Int, style: Style = .normal) -> Int {
        let textWidth = min(CellWidth.of(SafeText.line(text)), maxWidth)
        let x = right - textWidth
        put(text, x: x, y: y, maxWidth: textWidth, style: style)
        return x
    }

    /// A box of line-drawing characters around `rect`, its inside blanked.
    public mutating func box(_ rect: Rect, style: Style = Style(.border)) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        for column in (rect.x + 1)..<right {
            put("─", x: column, y: rect.y, maxWidth: 1, style: style)
            put("─", x: column, y: bottom, maxWidth: 1, style: style)
        }
        for row in (rect.y + 1)..<bottom {
            put("│", x: rect.x, y: row, maxWidth: 1, style: style)
            put("│", x: right, y: row, maxWidth: 1, style: style)
        }
        put("┌", x: rect.x, y: rect.y, maxWidth: 1, style: style)
        put("┐", x: right, y: rect.y, maxWidth: 1, style: style)
        put("└", x: rect.x, y: bottom, maxWidth: 1, style: style)
        put("┘", x: right, y: bottom, maxWidth: 1, style: style)
    }
}
