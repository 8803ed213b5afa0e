import EnlaceModel
import EnlaceText

/// The export prompt, a small box over the board: three questions, the current one marked.
enum ExportPromptView {
    static func draw(_ state: AppState, _ prompt: ExportPrompt, into grid: inout CellGrid) {
        let language = state.language
        let rows: [(ExportPrompt.Field, UIPhrase, String)] = [
            (.format, .exportFormat, BriefFormat.allCases.map { $0 == prompt.format ? "[" + $0.rawValue + "]" : $0.rawValue }.joined(separator: " ")),
            (.language, .exportLanguage, Language.allCases.map { $0 == prompt.language ? "[" + $0.rawValue + "]" : $0.rawValue }.joined(separator: " ")),
            (.releasable, .exportReleasable, prompt.releasable ? UIPhrase.exportYes(language) : UIPhrase.exportNo(language)),
        ]
        let labelWidth = rows.map { CellWidth.of($0.1(language)) }.max() ?? 0
        let width = min(grid.width - 4, max(44, labelWidth + 30))
        let height = rows.count + 4
        let frame = Rect(x: (grid.width - width) / 2, y: max(1, (grid.height - height) / 2), width: width, height: height)
        grid.box(frame)
        grid.put(" " + UIPhrase.exportTitle(language, ["id": prompt.caseID]) + " ", x: frame.x + 2, y: frame.y,
                 maxWidth: width - 4, style: Style(.title, .bold))
        for (row, entry) in rows.enumerated() {
            let y = frame.y + 2 + row
            let current = entry.0 == prompt.field
            let marker = current ? "›" : " "
            var x = frame.x + 2
            x += grid.put(marker + " " + entry.1(language), x: x, y: y, maxWidth: width - 4, style: Style(current ? .key : .normal, current ? .bold : []))
            x = frame.x + 4 + labelWidth + 2
            grid.put(entry.2, x: x, y: y, maxWidth: max(0, frame.x + width - 2 - x), style: current ? Style(.normal, .reverse) : .normal)
        }
    }
}
