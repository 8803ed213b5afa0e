import EnlaceModel

extension AppState {
    /// A form is open: the keys edit the focused field, move between fields and through a
    /// picker's candidates; Enter saves, Esc closes (asking first when there are changes).
    mutating func updateForm(_ intent: Intent) -> [Effect] {
        guard case .form(var form)? = editing else { return [] }
        var effects: [Effect] = []
        switch intent {
        case .editInsert(let text): form.type(text)
        case .editLineBreak:
            if form.focusedField?.id.isMultiLine == true { form.type("\n") }
        case .editDeleteBackward: form.editText { $0.deleteBackward() }
        case .editDeleteForward: form.editText { $0.deleteForward() }
        case .editDeleteWord: form.editText { $0.deleteWordBackward() }
        case .editDeleteToStart: form.editText { $0.deleteToStart() }
        case .editCursorLeft: if !form.step(by: -1) { form.editText { $0.moveLeft() } }
        case .editCursorRight: if !form.step(by: 1) { form.editText { $0.moveRight() } }
        case .editCursorHome: form.editText { $0.moveToStart() }
        case .editCursorEnd: form.editText { $0.moveToEnd() }
        case .editNextField: form.moveFocus(by: 1)
        case .editPreviousField: form.moveFocus(by: -1)
        case .editNextPick: movePick(&form, by: 1)
        case .editPreviousPick: movePick(&form, by: -1)
        case .editComplete: complete(&form)
        case .editAccept: effects = save(&form)
        case .editCancel:
            if form.hasChanges { form.setConfirmingDiscard(true) } else { editing = nil }
        default: return updateAnywhere(intent)
        }
        // Saving may have closed the form (nothing changed); otherwise it stays, as edited.
        if case .form? = editing { editing = .form(form) }
        return effects
    }

    /// Up and Down walk a picker's candidates; in a field without one they move between fields.
    private func movePick(_ form: inout EditForm, by offset: Int) {
        guard form.focusedField?.id.picks != nil else {
            form.moveFocus(by: offset)
            return
        }
        let count = pickCandidates(form).count
        if count > 0 {
            form.movePick(by: offset)
            form.pickIndex = min(form.pickIndex, count - 1)
        }
    }

    /// Takes the highlighted candidate of a picker into the field, in place of the word typed.
    private func complete(_ form: inout EditForm) {
        let candidates = pickCandidates(form)
        guard let field = form.focusedField, let source = field.id.picks, !candidates.isEmpty else { return }
        let chosen = candidates[min(form.pickIndex, candidates.count - 1)].value
        var parts = field.value.text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        if parts.isEmpty { parts = [""] }
        parts[parts.count - 1] = chosen
        let text = source.allowsMany ? parts.filter { !$0.isEmpty }.joined(separator: ", ") + ", " : chosen
        form.setText(field.id, text)
        form.pickIndex = 0
    }
}
