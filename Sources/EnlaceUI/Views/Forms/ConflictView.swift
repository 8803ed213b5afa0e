import EnlaceModel
import EnlaceText

/// A conflict on a case or a contact: each field both sides changed, my value and theirs side
/// by side, the picked one highlighted; below, the field in focus whole, mine above theirs (or
/// beside it on a wide screen). Where the two values differ is marked on every line, so two
/// long titles that differ at their end do not look alike.
enum ConflictView {
    /// Columns a screen needs for the field in focus to show mine beside theirs.
    static let sideBySideWidth = 140

    static func draw(_ prompt: ConflictPrompt, _ state: AppState, into grid: inout CellGrid, frame: Rect) {
        let language = state.language
        let id = SafeText.line(prompt.recordID)
        let title: String
        let theirsHeader: String
        if let user = prompt.theirUser.map(SafeText.line) {
            title = UIPhrase.conflictTitle(language, ["user": user, "id": id])
            theirsHeader = UIPhrase.conflictTheirs(language, ["user": user])
        } else {
            title = UIPhrase.conflictTitleSomeone(language, ["id": id])
            theirsHeader = UIPhrase.conflictTheirsSomeone(language)
        }
        let mineHeader = UIPhrase.conflictMine(language)
        EditorOverlay.title(title, into: &grid, frame: frame)
        let inner = Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
        guard inner.width > 10, inner.height > 1 else { return }
        let rows = prompt.rows(language)
        let labelWidth = 18
        let column = max(8, (inner.width - labelWidth) / 2)
        var y = inner.y
        grid.put(mineHeader, x: inner.x + labelWidth, y: y, maxWidth: column - 1, style: Style(.header, .bold))
        grid.put(theirsHeader, x: inner.x + labelWidth + column, y: y, maxWidth: column - 1, style: Style(.header, .bold))
        y += 1
        // The list of fields takes at most half the room; the field in focus the rest.
        let listBottom = min(inner.y + inner.height, y + max(1, min(rows.count, (inner.height - 1) / 2)))
        let firstRow = max(0, min(prompt.focus - (listBottom - y) + 1, rows.count - (listBottom - y)))
        // Each difference is worked out once a frame: a summary can be megabytes long.
        var differences: [Int: TextDifference] = [:]
        func difference(_ index: Int) -> TextDifference {
            if let known = differences[index] { return known }
            let found = TextDifference(rows[index].mine, rows[index].theirs).alignedToWords()
            differences[index] = found
            return found
        }
        for (index, row) in rows.enumerated().dropFirst(firstRow) {
            guard y < listBottom else { break }
            let focused = index == prompt.focus
            grid.put((focused ? "▸ " : "  ") + row.label, x: inner.x, y: y, maxWidth: labelWidth - 1,
                     style: focused ? Style(.key, .bold) : Style(.header))
            let difference = difference(index)
            let picked = prompt.picks[index]
            MarkedTextView.line(difference.first, x: inner.x + labelWidth, y: y, width: column - 2, into: &grid,
                                style: picked == .mine ? Style(.normal, .reverse) : .normal)
            MarkedTextView.line(difference.second, x: inner.x + labelWidth + column, y: y, width: column - 2, into: &grid,
                                style: picked == .theirs ? Style(.normal, .reverse) : .normal)
            y += 1
        }
        guard rows.indices.contains(prompt.focus) else { return }
        let focused = rows[prompt.focus]
        let focusedDifference = difference(prompt.focus)
        let legendY = inner.y + inner.height - 1
        let whole = Rect(x: inner.x, y: y + 1, width: inner.width, height: legendY - y - 1)
        guard whole.height >= 2 else { return }
        grid.put(String(repeating: "─", count: inner.width), x: inner.x, y: y, maxWidth: inner.width, style: Style(.border))
        grid.put(UIPhrase.conflictDifferenceLegend(language), x: inner.x, y: legendY, maxWidth: inner.width, style: Style(.dim))
        let sides = [(mineHeader, focusedDifference.first), (theirsHeader, focusedDifference.second)]
        if inner.width >= sideBySideWidth {
            let half = (whole.width - 2) / 2
            for (index, (header, marked)) in sides.enumerated() {
                let x = whole.x + index * (half + 2)
                grid.put(focused.label + " · " + header, x: x, y: whole.y, maxWidth: half, style: Style(.header, .bold))
                MarkedTextView.block(marked, in: Rect(x: x, y: whole.y + 1, width: half, height: whole.height - 1), into: &grid)
            }
        } else {
            let each = max(1, (whole.height - 2) / 2)
            var top = whole.y
            for (header, marked) in sides where top < whole.y + whole.height {
                grid.put(focused.label + " · " + header, x: whole.x, y: top, maxWidth: whole.width, style: Style(.header, .bold))
                let used = MarkedTextView.block(marked, in: Rect(x: whole.x + 2, y: top + 1, width: whole.width - 2,
                                                                 height: min(each, whole.y + whole.height - top - 1)), into: &grid)
                top += used + 1
            }
        }
    }
}
