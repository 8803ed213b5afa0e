import EnlaceModel
import EnlaceText

/// A form: a label and a value a row, the focused row's cursor, the reason under a field that
/// cannot be saved, and under a picker the records that match what is typed.
enum FormView {
    private enum Row {
        case field(Int)
        case problem(FieldProblem)
        case picks
        case notice(UIPhrase)
    }

    static func title(_ form: EditForm, _ state: AppState) -> String {
        let language = state.language
        switch form.purpose {
        case .newCase: return UIPhrase.formNewCase(language, ["id": UIPhrase.newRecordID(language)])
        case .editCase(let base): return UIPhrase.formEditCase(language, ["id": base.id])
        case .addNote(let caseID): return UIPhrase.formAddNote(language, ["id": caseID])
        case .status(let base): return UIPhrase.formStatus(language, ["id": base.id])
        case .priority(let base): return UIPhrase.formPriority(language, ["id": base.id])
        case .marking(let base): return UIPhrase.formMarking(language, ["id": base.id])
        case .nextAction(let base): return UIPhrase.formNextAction(language, ["id": base.id])
        case .amendNote(let base, _): return UIPhrase.formAmendNote(language, ["id": base.id])
        case .newContact: return UIPhrase.formNewContact(language, ["id": UIPhrase.newRecordID(language)])
        case .editContact(let base): return UIPhrase.formEditContact(language, ["id": base.id])
        }
    }

    static func draw(_ form: EditForm, _ state: AppState, into grid: inout CellGrid, frame: Rect) {
        let language = state.language
        EditorOverlay.title(title(form, state), into: &grid, frame: frame)
        var rows: [Row] = []
        var focusRow = 0
        if case .status(let base) = form.purpose, base.status == .closed { rows.append(.notice(.formReopenNote)) }
        for (index, field) in form.fields.enumerated() {
            if index == form.focus { focusRow = rows.count }
            rows.append(.field(index))
            if let problem = form.problems[field.id] { rows.append(.problem(problem)) }
            if index == form.focus, field.id.picks != nil { rows.append(.picks) }
        }
        let inner = Rect(x: frame.x + 2, y: frame.y + 1, width: frame.width - 4, height: frame.height - 2)
        let reserved = form.isConfirmingDiscard ? 2 : 0
        let visible = max(1, inner.height - reserved)
        let scroll = max(0, min(focusRow - visible / 2, rows.count - visible))
        let labelWidth = min(24, max(8, form.fields.map { CellWidth.of($0.id.label(language)) }.max() ?? 8) + 2)
        for (offset, row) in rows.dropFirst(scroll).prefix(visible).enumerated() {
            let y = inner.y + offset
            let valueX = inner.x + labelWidth
            let valueWidth = max(1, inner.width - labelWidth)
            switch row {
            case .notice(let phrase):
                grid.put(phrase(language), x: inner.x, y: y, maxWidth: inner.width, style: Style(.warning, .bold))
            case .field(let index):
                let field = form.fields[index]
                let focused = index == form.focus
                let marker = form.problems[field.id] != nil ? "✗ " : (focused ? "▸ " : "  ")
                grid.put(marker + field.id.label(language), x: inner.x, y: y, maxWidth: labelWidth - 1,
                         style: form.problems[field.id] != nil ? Style(.error, .bold) : (focused ? Style(.key, .bold) : Style(.header)))
                drawValue(field.value, focused: focused, language: language, into: &grid, x: valueX, y: y, width: valueWidth)
            case .problem(let problem):
                grid.put("↳ " + SafeText.line(problem.message(language)), x: valueX, y: y, maxWidth: valueWidth, style: Style(.error, .bold))
            case .picks:
                var x = valueX
                let end = valueX + valueWidth
                x += grid.put(UIPhrase.pickMatches(language) + " ", x: x, y: y, maxWidth: max(0, end - x), style: Style(.dim))
                for (number, candidate) in state.pickCandidates(form).enumerated() {
                    let text = SafeText.line(candidate.value + " " + candidate.label)
                    guard x < end else { break }
                    let written = grid.put(text, x: x, y: y, maxWidth: min(28, end - x), style: .normal)
                    if number == form.pickIndex { grid.emphasize(x: x, y: y, width: written, .reverse) }
                    x += written + 2
                }
            }
        }
        if form.isConfirmingDiscard {
            grid.put(UIPhrase.discardQuestion(language), x: inner.x, y: inner.y + inner.height - 1, maxWidth: inner.width, style: Style(.warning, .bold))
        }
    }

    static func drawValue(_ value: FormValue, focused: Bool, language: Language, into grid: inout CellGrid, x: Int, y: Int, width: Int) {
        switch value {
        case .text(let editor):
            let before = SafeText.line(String(editor.characters.prefix(editor.cursor)))
            let all = SafeText.line(editor.text)
            // Keep the cursor in view in a long value: show its end.
            let overflow = focused ? max(0, CellWidth.of(before) + 1 - width) : 0
            let shown = overflow > 0 ? String(all.dropFirst(overflow)) : all
            grid.put(shown, x: x, y: y, maxWidth: width)
            if focused {
                let cursorX = x + CellWidth.of(before) - overflow
                if cursorX < x + width { grid.emphasize(x: cursorX, y: y, width: 1, .reverse) }
            }
        case .flag(let on):
            let written = grid.put((on ? "[x] " : "[ ] ") + (on ? UIPhrase.yes(language) : UIPhrase.no(language)), x: x, y: y, maxWidth: width)
            if focused { grid.emphasize(x: x, y: y, width: written, .underline) }
        case .choice(let options, let selected):
            var column = x
            for (index, option) in options.enumerated() {
                let words = Status(rawValue: option)?.phrase(language) ?? Priority(rawValue: option)?.phrase(language) ?? option
                guard column < x + width else { break }
                let written = grid.put(words, x: column, y: y, maxWidth: x + width - column,
                                       style: index == selected ? Style(.key, .bold) : Style(.dim))
                if index == selected { grid.emphasize(x: column, y: y, width: written, focused ? .reverse : .underline) }
                column += written + 2
            }
        }
    }
}
