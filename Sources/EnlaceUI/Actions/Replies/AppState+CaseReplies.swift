import EnlaceModel
import EnlaceText

// What the store answered about a case: saved, noted, deleted, or in conflict.
extension AppState {
    mutating func caseSaved(_ save: CaseSave, _ saved: Case) {
        put(saved)
        undoStack.record(save, saved: saved)
        if case .form(let form)? = editing, form.purpose.base?.id == saved.id || (save.base == nil && form.purpose == .newCase) {
            editing = nil
        }
        if save.base == nil { reselect(saved.id, in: .cases); keepSelectionInView(in: .cases) }
        let phrase: UIPhrase = save.isUndo ? .undone : .savedCase
        statusMessage = StatusMessage(phrase, [.init("id", saved.id), .init("version", String(saved.version))])
    }

    mutating func noteAppended(_ saved: Case) {
        put(saved)
        var before = saved
        if !before.notes.isEmpty { before.notes.removeLast() }
        undoStack.append(.caseChange(before: before, after: .answered(saved)))
        if case .form(let form)? = editing, form.purpose == .addNote(caseID: saved.id) { editing = nil }
        statusMessage = StatusMessage(.noteAdded, [.init("id", saved.id)])
    }

    /// The store deleted a case this officer created (`u`): it leaves the board.
    mutating func caseDeleted(_ deleted: Case) {
        var newData = data
        newData.cases.removeAll { $0.id == deleted.id }
        replaceData(newData)
        statusMessage = StatusMessage(.undoneCreation, [.init("id", deleted.id)])
    }

    /// Someone saved the case since the form opened: what does not overlap merges and saves
    /// again by itself; where both changed a field, the officer picks.
    mutating func saveConflict(_ save: CaseSave, theirs: Case) -> [Effect] {
        guard !save.isUndo else {
            statusMessage = StatusMessage(.undoRefused, [.init("user", theirs.updatedBy), .init("id", theirs.id)], isError: true)
            return []
        }
        guard let base = save.base else {
            statusMessage = StatusMessage(.notSaved, [.init("reason", theirs.id)], isError: true)
            return []
        }
        put(theirs)
        let merge = FieldMerge.merge(base: base.record, mine: save.record, theirs: theirs)
        if merge.conflicts.isEmpty {
            statusMessage = StatusMessage(.mergedWith, [.init("user", theirs.updatedBy)])
            return [.saveCase(CaseSave(record: merge.merged, base: .answered(theirs)))]
        }
        editing = .conflict(ConflictPrompt(save: save, theirs: theirs, merge: merge))
        return []
    }
}
