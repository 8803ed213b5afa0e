import EnlaceModel
import EnlaceText

/// A case's or a contact's audit trail, newest first: when, which version, who, what changed.
enum HistoryView {
    static func draw(
        _ subject: HistorySubject, _ lines: [HistoryLine], _ scroll: Int, _ state: AppState, into grid: inout CellGrid, frame: Rect
    ) {
        let language = state.language
        EditorOverlay.title(UIPhrase.historyTitle(language, ["id": SafeText.line(subject.id)]), into: &grid, frame: frame)
        let inner = Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
        if lines.isEmpty {
            grid.put(UIPhrase.historyEmpty(language), x: inner.x, y: inner.y, maxWidth: inner.width, style: Style(.dim))
            return
        }
        for (row, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            let stamp = line.at.iso.replacingOccurrences(of: "T", with: " ").prefix(16)
            let text = "\(stamp)  v\(line.version)  \(SafeText.line(line.user))  \(describe(line.change, of: subject, language))"
            grid.put(text, x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
    }

    /// What changed, in the board's language: fields by their labels, in the order the log gives.
    static func describe(_ change: HistoryChange, of subject: HistorySubject, _ language: Language) -> String {
        switch change {
        case .created: return UIPhrase.historyCreated(language)
        case .noteAdded: return UIPhrase.historyNoteAdded(language)
        case .deleted: return UIPhrase.historyDeleted(language)
        case .fields(let names):
            return names.map { name in
                switch subject {
                case .case:
                    guard let field = CaseField(rawValue: name) else { break }
                    // The Spanish title and summary share their labels with the English ones.
                    return field.label(language) + (field == .titleEs || field == .summaryEs ? " (es)" : "")
                case .contact:
                    guard let field = ContactField(rawValue: name) else { break }
                    return field.label(language)
                }
                // A field this board does not know (a newer Enlace's) shows by its name.
                return SafeText.line(name)
            }.joined(separator: ", ")
        }
    }
}
