import EnlaceModel
import EnlaceText

/// A case's audit trail, newest first: when, which version, who, what changed.
enum HistoryView {
    static func draw(_ caseID: String, _ lines: [HistoryLine], _ scroll: Int, _ state: AppState, into grid: inout CellGrid, frame: Rect) {
        let language = state.language
        EditorOverlay.title(UIPhrase.historyTitle(language, ["id": caseID]), into: &grid, frame: frame)
        let inner = Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
        if lines.isEmpty {
            grid.put(UIPhrase.historyEmpty(language), x: inner.x, y: inner.y, maxWidth: inner.width, style: Style(.dim))
            return
        }
        for (row, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            let stamp = line.at.iso.replacingOccurrences(of: "T", with: " ").prefix(16)
            let change: String
            switch line.change {
            case "created": change = UIPhrase.historyCreated(language)
            case "noteAdded": change = UIPhrase.historyNoteAdded(language)
            default: change = line.change
            }
            let text = "\(stamp)  v\(line.version)  \(SafeText.line(line.user))  \(SafeText.line(change))"
            grid.put(text, x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
    }
}
