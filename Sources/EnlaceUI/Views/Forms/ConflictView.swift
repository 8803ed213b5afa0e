import EnlaceModel
import EnlaceText

/// A conflict on a case or a contact: each field both sides changed, my value and theirs side
/// by side; the picked one is highlighted.
enum ConflictView {
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
        EditorOverlay.title(title, into: &grid, frame: frame)
        let inner = Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
        let labelWidth = 18
        let column = max(8, (inner.width - labelWidth) / 2)
        var y = inner.y
        grid.put(UIPhrase.conflictMine(language), x: inner.x + labelWidth, y: y, maxWidth: column - 1, style: Style(.header, .bold))
        grid.put(theirsHeader, x: inner.x + labelWidth + column, y: y, maxWidth: column - 1, style: Style(.header, .bold))
        y += 1
        for (index, row) in prompt.rows(language).enumerated() {
            guard y < inner.y + inner.height else { break }
            let focused = index == prompt.focus
            grid.put((focused ? "▸ " : "  ") + row.label, x: inner.x, y: y, maxWidth: labelWidth - 1,
                     style: focused ? Style(.key, .bold) : Style(.header))
            let mine = grid.put(row.mine, x: inner.x + labelWidth, y: y, maxWidth: column - 2)
            let theirs = grid.put(row.theirs, x: inner.x + labelWidth + column, y: y, maxWidth: column - 2)
            switch prompt.picks[index] {
            case .mine?: grid.emphasize(x: inner.x + labelWidth, y: y, width: max(1, mine), .reverse)
            case .theirs?: grid.emphasize(x: inner.x + labelWidth + column, y: y, width: max(1, theirs), .reverse)
            case nil: break
            }
            y += 1
        }
    }
}
