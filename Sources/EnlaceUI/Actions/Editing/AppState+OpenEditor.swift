import EnlaceText

extension AppState {
    /// The board's keys that open an editor or a quick-change menu on the selected record (or
    /// a new one), take the officer's last change back, or ask for its history.
    mutating func openEditor(_ intent: Intent) -> [Effect] {
        // The history only reads.
        if let writeRefusal, intent != .showHistory {
            statusMessage = StatusMessage(writeRefusal.phrase, writeRefusal.arguments, isError: true)
            return []
        }
        if case .undo = intent { return askOrUndo() }
        if pane == .contacts, let effects = openContactEditor(intent) { return effects }
        guard pane == .cases else {
            statusMessage = StatusMessage(.editOnlyCases, isError: true)
            return []
        }
        let purpose: EditPurpose
        if case .newRecord = intent {
            purpose = .newCase
        } else {
            guard let shown = selectedCase else {
                statusMessage = StatusMessage(.nothingSelected, isError: true)
                return []
            }
            if case .showHistory = intent { return [.loadHistory(.case(id: shown.id))] }
            // The other editors start from the whole case, which a board still reading its case files lacks.
            guard let selected = selectedWholeCase else {
                statusMessage = StatusMessage(.editingWaitsForCases, isError: true)
                return []
            }
            switch intent {
            case .editRecord: purpose = .editCase(base: selected)
            case .addNote: purpose = .addNote(caseID: selected.id)
            // One letter changes these: a small menu rather than a form.
            case .changeStatus: return openQuickChange(.status, on: selected)
            case .changePriority: return openQuickChange(.priority, on: selected)
            case .changeMarking: return openQuickChange(.marking, on: selected)
            case .setNextAction: purpose = .nextAction(base: selected)
            default: return []
            }
        }
        isHelpShown = false
        editing = .form(form(for: purpose))
        return []
    }

    /// `Enter` on a note of the case in view: the form that corrects its text or flag.
    mutating func openNoteAmendment(_ noteIndex: Int) -> [Effect] {
        if let writeRefusal {
            statusMessage = StatusMessage(writeRefusal.phrase, writeRefusal.arguments, isError: true)
            return []
        }
        guard let selected = selectedWholeCase, selected.notes.indices.contains(noteIndex) else { return [] }
        editing = .form(form(for: .amendNote(base: selected, noteIndex: noteIndex)))
        return []
    }
}
