import EnlaceText

/// The two bottom rows: counts, the filter (or its error) and messages; then key hints drawn
/// from the keymap, so they always say what the keys do.
enum StatusLine {
    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let language = state.language
        let pane = state.pane
        let filter = state.filters[pane]
        let y = rect.y
        let end = rect.x + rect.width
        grid.fill(x: rect.x, y: y, width: rect.width, height: 1, style: Style(.statusBar))
        var x = rect.x + 1
        let counts = UIPhrase.shownOfTotal(language, [
            "shown": String(state.lists[pane].count), "total": String(state.total(pane)), "things": pane.title(language).lowercased(),
        ])
        x += grid.put(counts, x: x, y: y, maxWidth: end - x, style: Style(.statusBar, .bold))
        // A message or the damaged-files notice takes the place of the sort order, which `s` shows again.
        if pane == .cases, !filter.isEditing, state.statusMessage == nil, damagedNotice(state) == nil {
            x += grid.put("  " + UIPhrase.sortedBy(language, ["order": state.caseSort.phrase(language)]), x: x, y: y, maxWidth: max(0, end - x), style: Style(.statusBar))
        }
        if filter.isEditing || !filter.text.isEmpty {
            x += 2
            x += grid.put("/", x: x, y: y, maxWidth: max(0, end - x), style: Style(.key, .bold))
            let text = SafeText.line(filter.text)
            let written = grid.put(text, x: x, y: y, maxWidth: max(0, end - x), style: Style(.statusBar))
            if filter.isEditing {
                let before = SafeText.line(String(filter.editor.characters.prefix(filter.editor.cursor)))
                let cursorX = x + CellWidth.of(before)
                if cursorX < end { grid.emphasize(x: cursorX, y: y, width: 1, .reverse) }
                x = max(x + written, cursorX + 1)
            } else {
                x += written
            }
            if let error = filter.error {
                x += 2
                x += grid.put(error.message(language) + " — " + UIPhrase.showingLastGood(language),
                              x: x, y: y, maxWidth: max(0, end - x), style: Style(.error, .bold))
            }
        }
        if let message = state.statusMessage {
            var text = message.phrase.template(language)
            for argument in message.arguments { text = Catalog.fill(text, [argument.name: argument.value]) }
            let room = end - x - 3
            if room > 4 {
                grid.putRightAligned(text, right: end - 1, y: y, maxWidth: room,
                                     style: Style(message.isError ? .error : .warning, .bold))
            }
        } else if let notice = damagedNotice(state), end - x - 3 > 4 {
            // Stays until the files are read again: a key does not make a missing case less missing.
            grid.putRightAligned(notice, right: end - 1, y: y, maxWidth: end - x - 3, style: Style(.warning, .bold))
        }
    }

    /// "1 case file could not be read — press ! to see it", while any could not.
    static func damagedNotice(_ state: AppState) -> String? {
        let count = state.damagedCaseFiles.count
        guard count > 0 else { return nil }
        return count == 1
            ? UIPhrase.damagedFilesNoticeOne(state.language)
            : UIPhrase.damagedFilesNotice(state.language, ["count": String(count)])
    }

    static func drawHints(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let language = state.language
        var x = rect.x + 1
        let end = rect.x + rect.width
        for binding in hints(state) {
            guard let hint = binding.hint, let key = binding.keys.first else { continue }
            let keyText = KeyLabel.text(key, language)
            let words = hint(language)
            let needed = CellWidth.of(keyText) + 1 + CellWidth.of(words)
            guard x + needed <= end else { break }
            x += grid.put(keyText, x: x, y: rect.y, style: Style(.key, .bold))
            x += 1
            x += grid.put(words, x: x, y: rect.y, style: Style(.hint))
            x += 2
        }
    }

    /// The hints of the current mode; the help overlay's are its closing keys.
    static func hints(_ state: AppState) -> [Binding] {
        switch state.inputMode {
        case .board: return state.keymap.hints(for: .board)
        case .filter: return state.keymap.hints(for: .filter)
        case .form, .confirm, .conflict, .history: return state.keymap.hints(for: state.inputMode)
        case .export, .quickStatus, .quickPriority, .quickMarking, .undoConfirmation:
            return state.keymap.hints(for: state.inputMode)
        // The offer's own words are on the status line; the board's hints stay under them.
        case .draftOffer: return state.keymap.hints(for: .board)
        case .help:
            return state.keymap.bindings.filter { $0.mode == .board && ($0.intent == .toggleHelp || $0.intent == .back) }
                .map { binding in
                    var closing = binding
                    closing.hint = .hintClose
                    return closing
                }
        }
    }
}
