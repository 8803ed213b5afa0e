import EnlaceModel
import EnlaceText

/// A case's or a contact's audit trail, newest first: when, which version, who, and what
/// changed — each field from its old value to its new one, shortened around the change; the
/// notes added with their text; what an undo took back. Enter shows the entry in focus whole.
/// Every text here comes from the audit log and goes through `SafeText`.
enum HistoryView {
    static func draw(_ browser: HistoryBrowser, _ state: AppState, into grid: inout CellGrid, frame: Rect) {
        let language = state.language
        let id = SafeText.line(browser.subject.id)
        let inner = Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
        if browser.isEntryOpen, let line = browser.focusedLine {
            EditorOverlay.title(UIPhrase.historyEntryTitle(language, ["id": id, "version": String(line.version)]), into: &grid, frame: frame)
            drawEntry(line, browser, language, scroll: browser.entryScroll, into: &grid, inner: inner)
            return
        }
        EditorOverlay.title(UIPhrase.historyTitle(language, ["id": id]), into: &grid, frame: frame)
        if browser.lines.isEmpty {
            grid.put(UIPhrase.historyEmpty(language), x: inner.x, y: inner.y, maxWidth: inner.width, style: Style(.dim))
            return
        }
        var rows: [(entry: Int, detail: Int?)] = []
        for (index, line) in browser.lines.enumerated() {
            rows.append((index, nil))
            for detail in 0..<(line.values.count + line.notes.count) { rows.append((index, detail)) }
        }
        // The entry in focus stays in view, its first row at least.
        let first = rows.firstIndex { $0.entry == browser.focus } ?? 0
        let last = rows.lastIndex { $0.entry == browser.focus } ?? 0
        let top = max(0, min(first, last - inner.height + 1))
        for (offset, row) in rows.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            let line = browser.lines[row.entry]
            if let detail = row.detail {
                drawDetail(detail, of: line, browser.subject, language, x: inner.x + 4, y: y, width: inner.width - 4, into: &grid)
            } else {
                let focused = row.entry == browser.focus
                let text = (focused ? "▸ " : "  ") + heading(line, browser.subject, language)
                grid.put(text, x: inner.x, y: y, maxWidth: inner.width, style: focused ? Style(.key, .bold) : .normal)
            }
        }
    }

    /// The entry's first row: when, which version, who, what happened.
    static func heading(_ line: HistoryLine, _ subject: HistorySubject, _ language: Language) -> String {
        let stamp = line.at.iso.replacingOccurrences(of: "T", with: " ").prefix(16)
        var text = "\(stamp)  v\(line.version)  \(SafeText.line(line.user))  \(describe(line, of: subject, language))"
        if let version = line.undoes { text += "  · " + UIPhrase.historyUndoes(language, ["version": String(version)]) }
        return text
    }

    /// One row under an entry's heading: a field from → to, or a note added.
    private static func drawDetail(
        _ detail: Int, of line: HistoryLine, _ subject: HistorySubject, _ language: Language,
        x: Int, y: Int, width: Int, into grid: inout CellGrid
    ) {
        if detail < line.values.count {
            let value = line.values[detail]
            let label = fieldLabel(value.field, of: subject, language) + ": "
            var column = x + grid.put(label, x: x, y: y, maxWidth: width, style: Style(.header))
            let room = max(0, (x + width - column - 3) / 2)
            let (from, to) = shown(value, language)
            column += drawValue(from, x: column, y: y, width: room, into: &grid)
            column += grid.put(" → ", x: column, y: y, maxWidth: max(0, x + width - column))
            drawValue(to, x: column, y: y, width: max(0, x + width - column), into: &grid)
        } else {
            let note = line.notes[detail - line.values.count]
            let label = noteLabel(note, language) + ": "
            let column = x + grid.put(label, x: x, y: y, maxWidth: width, style: Style(.header))
            grid.put(SafeText.line(note.text), x: column, y: y, maxWidth: max(0, x + width - column))
        }
    }

    /// The entry whole: each value wrapped in full, each note's whole text, scrolled by `scroll` rows.
    private static func drawEntry(
        _ line: HistoryLine, _ browser: HistoryBrowser, _ language: Language, scroll: Int, into grid: inout CellGrid, inner: Rect
    ) {
        guard inner.width > 4, inner.height > 0 else { return }
        // Drawn on a tall sheet first, then the rows in view are copied: a value wraps to as
        // many rows as it needs, and scrolling moves over all of them.
        var sheet = CellGrid(width: inner.width, height: 500)
        var y = 0
        sheet.put(heading(line, browser.subject, language), x: 0, y: y, maxWidth: inner.width, style: Style(.key, .bold))
        y += 2
        let body = inner.width - 2
        for value in line.values where y < sheet.height {
            sheet.put(fieldLabel(value.field, of: browser.subject, language), x: 0, y: y, maxWidth: inner.width, style: Style(.header, .bold))
            y += 1
            let (from, to) = shown(value, language)
            for (side, marked) in [from, to].enumerated() {
                // What was and what became, as a diff writes them.
                let arrow = side == 0 ? "- " : "+ "
                sheet.put(arrow, x: 0, y: y, maxWidth: 2, style: Style(.dim))
                if let marked {
                    y += MarkedTextView.block(marked, in: Rect(x: 2, y: y, width: body, height: sheet.height - y), into: &sheet)
                } else {
                    sheet.put(UIPhrase.historyEmptyValue(language), x: 2, y: y, maxWidth: body, style: Style(.dim))
                    y += 1
                }
            }
            y += 1
        }
        for note in line.notes where y < sheet.height {
            sheet.put(noteLabel(note, language) + " (" + SafeText.line(note.author) + ")", x: 0, y: y, maxWidth: inner.width, style: Style(.header, .bold))
            y += 1
            for text in WordWrap.lines(note.text, width: body) where y < sheet.height {
                sheet.put(text, x: 2, y: y, maxWidth: body)
                y += 1
            }
            y += 1
        }
        let top = max(0, min(scroll, y - inner.height))
        for row in 0..<min(inner.height, max(0, y - top)) {
            for column in 0..<inner.width { grid[inner.x + column, inner.y + row] = sheet[column, top + row] }
        }
    }

    /// A value's two sides marked where they differ; nil for an empty side.
    private static func shown(_ value: HistoryValue, _ language: Language) -> (from: MarkedText?, to: MarkedText?) {
        let from = wording(value.from, field: value.field, language)
        let to = wording(value.to, field: value.field, language)
        let difference = TextDifference(from, to).alignedToWords()
        return (from.isEmpty ? nil : difference.first, to.isEmpty ? nil : difference.second)
    }

    /// A value as the board words it: yes and no for a flag, a status or a priority in the
    /// board's language, any other text made safe.
    private static func wording(_ text: String, field: String, _ language: Language) -> String {
        switch (field, text) {
        case (_, "true"): return UIPhrase.yes(language)
        case (_, "false"): return UIPhrase.no(language)
        case ("status", _): if let status = Status(rawValue: text) { return status.phrase(language) }
        case ("priority", _): if let priority = Priority(rawValue: text) { return priority.phrase(language) }
        default: break
        }
        return SafeText.line(text)
    }

    @discardableResult
    private static func drawValue(_ marked: MarkedText?, x: Int, y: Int, width: Int, into grid: inout CellGrid) -> Int {
        guard let marked else { return grid.put("—", x: x, y: y, maxWidth: width, style: Style(.dim)) }
        return MarkedTextView.line(marked, x: x, y: y, width: width, into: &grid)
    }

    private static func noteLabel(_ note: HistoryNote, _ language: Language) -> String {
        note.releasableToMexico ? UIPhrase.historyNoteReleasable(language) : UIPhrase.historyNoteNotReleasable(language)
    }

    /// What changed, in the board's language: fields by their labels, in the order the log gives.
    static func describe(_ line: HistoryLine, of subject: HistorySubject, _ language: Language) -> String {
        switch line.change {
        case .created: return UIPhrase.historyCreated(language)
        case .noteAdded: return UIPhrase.historyNoteAdded(language)
        case .deleted:
            guard let name = line.deletedName else { return UIPhrase.historyDeleted(language) }
            return UIPhrase.historyDeletedName(language, ["name": SafeText.line(name)])
        case .fields(let names):
            return names.map { fieldLabel($0, of: subject, language) }.joined(separator: ", ")
        }
    }

    /// A field by its label; a field this board does not know (a newer Enlace's) by its name.
    static func fieldLabel(_ name: String, of subject: HistorySubject, _ language: Language) -> String {
        switch subject {
        case .case:
            guard let field = CaseField(rawValue: name) else { break }
            // The Spanish title and summary share their labels with the English ones.
            return field.label(language) + (field == .titleEs || field == .summaryEs ? " (es)" : "")
        case .contact:
            guard let field = ContactField(rawValue: name) else { break }
            return field.label(language)
        }
        return SafeText.line(name)
    }
}
