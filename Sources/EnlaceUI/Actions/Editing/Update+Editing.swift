import EnlaceModel
import EnlaceText

/// Editing's part of `update` (issue 4): opens forms, edits them, asks the store to save, and
/// takes in what the store answered. Returns nil for actions it leaves to the board.
func updateEditing(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .caseSaved(let save, let saved):
        state.caseSaved(save, saved)
        return []
    case .caseDeleted(let deleted):
        state.caseDeleted(deleted)
        return []
    case .contactDeleted(let deleted):
        state.contactDeleted(deleted)
        return []
    case .contactDeleteRefused(let contact, let caseID):
        state.statusMessage = StatusMessage(.undoRefusedContactInUse, [.init("id", contact.id), .init("caseID", caseID)], isError: true)
        return []
    case .noteAppended(let saved):
        state.noteAppended(saved)
        return []
    case .saveFailed(let reason):
        state.statusMessage = StatusMessage(.notSaved, [.init("reason", reason)], isError: true)
        return []
    case .waitingForLock(let login?):
        state.statusMessage = StatusMessage(.waitingForSave, [.init("login", login)], isError: false)
        return []
    case .waitingForLock(nil):
        state.statusMessage = StatusMessage(.waitingForAnotherSave, isError: false)
        return []
    case .saveConflict(let save, let theirs):
        return state.saveConflict(save, theirs: theirs)
    case .contactSaved(let save, let saved):
        state.contactSaved(save, saved)
        return []
    case .contactConflict(let save, let theirs):
        return state.contactConflict(save, theirs: theirs)
    case .offerDraft(let draft):
        // A board that cannot save could not save the draft either: it stays for a writable one.
        guard !state.readOnly else { return [] }
        state.offeredDraft = draft
        state.statusMessage = StatusMessage(.draftOffer, [.init("id", draft.recordID)])
        return []
    case .restoreDraft:
        if let draft = state.offeredDraft, let form = state.form(restoring: draft) { state.editing = .form(form) }
        state.offeredDraft = nil
        return []
    case .dropDraft:
        state.offeredDraft = nil
        return []
    case .historyLoaded(let subject, let lines):
        if state.editing == nil { state.editing = .history(subject, lines: lines, scroll: 0) }
        return []
    case .dataChanged(let data, let prepared):
        state.replaceData(data, prepared: prepared)
        state.rebaseOpenForm()
        state.noticeDeletedUnderForm()
        return []
    default: break
    }
    switch state.editing {
    case nil: return state.openEditor(action)
    case .form(var form)?:
        let effects = state.updateForm(&form, action)
        if case .form? = state.editing { state.editing = .form(form) }
        return effects
    case .conflict(var prompt)?:
        return state.updateConflict(&prompt, action)
    case .history(let subject, let lines, let scroll)?:
        switch action {
        case .moveDown, .scrollDetailDown: state.editing = .history(subject, lines: lines, scroll: min(max(0, lines.count - 1), scroll + 1))
        case .moveUp, .scrollDetailUp: state.editing = .history(subject, lines: lines, scroll: max(0, scroll - 1))
        case .editCancel, .back, .showHistory: state.editing = nil
        default: return nil
        }
        return []
    }
}

extension AppState {
    /// The keys that open an editor on the board.
    mutating func openEditor(_ action: Action) -> [Effect]? {
        let purpose: EditPurpose
        switch action {
        case .newRecord, .editRecord, .addNote, .changeStatus, .changePriority, .changeMarking, .setNextAction,
             .undo, .showHistory, .contactReached:
            // The history only reads; a kiosk's keymap has no key for it.
            guard !readOnly || action == .showHistory else {
                statusMessage = StatusMessage(.readOnly, isError: true)
                return []
            }
        default: return nil
        }
        if case .undo = action { return undo() }
        if pane == .contacts, let effects = openContactEditor(action) { return effects }
        guard pane == .cases else {
            statusMessage = StatusMessage(.editOnlyCases, isError: true)
            return []
        }
        if case .newRecord = action {
            purpose = .newCase
        } else {
            guard let shown = selectedCase else {
                statusMessage = StatusMessage(.nothingSelected, isError: true)
                return []
            }
            if case .showHistory = action { return [.loadHistory(.case(id: shown.id))] }
            // The other editors start from the whole case, which a board still reading its case files lacks.
            guard let selected = selectedWholeCase else {
                statusMessage = StatusMessage(.editingWaitsForCases, isError: true)
                return []
            }
            switch action {
            case .editRecord: purpose = .editCase(base: selected)
            case .addNote: purpose = .addNote(caseID: selected.id)
            case .changeStatus: purpose = .status(base: selected)
            case .changePriority: purpose = .priority(base: selected)
            case .changeMarking: purpose = .marking(base: selected)
            case .setNextAction: purpose = .nextAction(base: selected)
            default: return nil
            }
        }
        isHelpShown = false
        editing = .form(form(for: purpose))
        return []
    }

    mutating func updateForm(_ form: inout EditForm, _ action: Action) -> [Effect]? {
        if form.isConfirmingDiscard {
            switch action {
            case .confirmDiscard:
                editing = nil
                statusMessage = StatusMessage(.changesDiscarded)
            case .keepEditing, .editCancel: form.setConfirmingDiscard(false)
            case .quit, .switchLanguage, .resize, .tick, .refused: return nil
            default: break
            }
            return []
        }
        switch action {
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
        case .editNextPick, .editPreviousPick:
            let offset = action == .editNextPick ? 1 : -1
            if form.focusedField?.id.picks != nil {
                let count = pickCandidates(form).count
                if count > 0 { form.movePick(by: offset); form.pickIndex = min(form.pickIndex, count - 1) }
            } else {
                form.moveFocus(by: offset)
            }
        case .editComplete: complete(&form)
        case .editAccept: return accept(&form)
        case .editCancel:
            if form.hasChanges { form.setConfirmingDiscard(true) } else { editing = nil }
        case .quit, .switchLanguage, .resize, .tick, .refused: return nil
        default: break
        }
        return []
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

    private mutating func accept(_ form: inout EditForm) -> [Effect] {
        if case .addNote(let caseID) = form.purpose {
            let text = form.text(.noteText).trimmingSpaces
            guard !text.isEmpty else {
                form.setProblems([.noteText: .required])
                return []
            }
            return [.appendNote(caseID: caseID, text: text, releasableToMexico: form.flag(.noteReleasable))]
        }
        switch recordFromForm(form) {
        case .failure(let problems):
            form.setProblems(problems.byField)
            if let first = form.fields.firstIndex(where: { problems.byField[$0.id] != nil }) { form.focus = first }
            statusMessage = StatusMessage(.fixMarkedFields, isError: true)
            return []
        case .success(let record):
            let base = form.purpose.base
            if let base, record == .case(base.record) {
                editing = nil
                statusMessage = StatusMessage(.nothingChanged)
                return []
            }
            if case .contact(let contact, let contactBase) = record {
                if let contactBase, contact == contactBase {
                    editing = nil
                    statusMessage = StatusMessage(.nothingChanged)
                    return []
                }
                return [.saveContact(ContactSave(record: contact, base: contactBase))]
            }
            guard case .case(let record) = record else { return [] }
            var save = CaseSave(record: record, base: base)
            let note = form.text(.noteText).trimmingSpaces
            if !note.isEmpty { save.note = note }
            return [.saveCase(save)]
        }
    }

    mutating func updateConflict(_ prompt: inout ConflictPrompt, _ action: Action) -> [Effect]? {
        switch action {
        case .conflictPickMine, .editCursorLeft: prompt.pick(.mine)
        case .conflictPickTheirs, .editCursorRight: prompt.pick(.theirs)
        case .editNextField, .editNextPick, .moveDown: prompt.moveFocus(by: 1)
        case .editPreviousField, .editPreviousPick, .moveUp: prompt.moveFocus(by: -1)
        case .editAccept:
            guard prompt.isResolved else {
                statusMessage = StatusMessage(.pickEverySide, isError: true)
                break
            }
            editing = nil
            return [prompt.resolvedSave]
        case .editRecord:
            // Neither value as it is: the form on their version, filled with the values picked
            // so far (mine where nothing is picked yet), to edit and save.
            editing = .form(mergedForm(prompt))
            return []
        case .editCancel:
            editing = nil
            statusMessage = if let user = prompt.theirUser {
                StatusMessage(.keptTheirs, [.init("user", user)])
            } else {
                StatusMessage(.keptTheirsContact, [.init("id", prompt.recordID)])
            }
            return []
        case .quit, .switchLanguage, .resize, .tick, .refused: return nil
        default: break
        }
        editing = .conflict(prompt)
        return []
    }

    /// The form `e` opens from a conflict, on their version, focused on the first field in conflict.
    private func mergedForm(_ prompt: ConflictPrompt) -> EditForm {
        switch prompt.subject {
        case .case(_, let conflict):
            var form = form(for: .editCase(base: .answered(conflict.theirs)))
            form.fields = Self.caseFields(conflict.candidate(prompt.picks))
            if let first = conflict.fields.first, let index = form.fields.firstIndex(where: { $0.id.modelField == first.rawValue }) {
                form.focus = index
            }
            return form
        case .contact(_, let conflict):
            var form = form(for: .editContact(base: conflict.theirs))
            form.fields = Self.contactFields(conflict.candidate(prompt.picks))
            if let first = conflict.fields.first?.formField, let index = form.fields.firstIndex(where: { $0.id == first }) {
                form.focus = index
            }
            return form
        }
    }

    // MARK: What the store answered

    mutating func caseSaved(_ save: CaseSave, _ saved: Case) {
        put(saved)
        if save.isUndo {
            rebaseUndo(onto: .case(saved))
        } else if let base = save.base {
            undoStack.append(.caseChange(before: base.record, after: .answered(saved)))
        } else {
            undoStack.append(.caseCreated(.answered(saved)))
        }
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

    /// `u`: the officer's own last change, taken back as a new version, unless someone has
    /// built on it since.
    mutating func undo() -> [Effect] {
        guard let entry = undoStack.last else {
            statusMessage = StatusMessage(.nothingToUndo, isError: true)
            return []
        }
        undoStack.removeLast()
        switch entry {
        case .caseChange(let before, let after):
            if let current = data.cases.first(where: { $0.id == after.id }), current.version != after.version {
                statusMessage = StatusMessage(.undoRefused, [.init("user", current.updatedBy), .init("id", current.id)], isError: true)
                return []
            }
            var reverted = after.record
            for field in CaseField.changed(from: before, to: after.record) { field.copy(from: before, into: &reverted) }
            return [.saveCase(CaseSave(record: reverted, base: after, isUndo: true))]
        case .caseCreated(let created):
            // Taking back a creation deletes the case; the store keeps it in the audit log.
            if let current = data.cases.first(where: { $0.id == created.id }), current.version != created.version {
                statusMessage = StatusMessage(.undoRefused, [.init("user", current.updatedBy), .init("id", current.id)], isError: true)
                return []
            }
            return [.deleteCase(created)]
        case .contactChange(let before, let after):
            if let current = data.contacts.first(where: { $0.id == after.id }), current.version != after.version {
                statusMessage = StatusMessage(.undoRefusedContact, [.init("id", current.id)], isError: true)
                return []
            }
            var reverted = after
            for field in ContactField.allCases where !field.isSame(before, after) { field.copy(from: before, into: &reverted) }
            return [.saveContact(ContactSave(record: reverted, base: after, isUndo: true))]
        case .contactCreated(let created):
            // Taking back a creation deletes the contact, unless someone has built on it: the
            // board's copy refuses at once; the store checks again under its lock.
            if let current = data.contacts.first(where: { $0.id == created.id }), current.version != created.version {
                statusMessage = StatusMessage(.undoRefusedContact, [.init("id", current.id)], isError: true)
                return []
            }
            if let naming = data.cases.first(where: { $0.contacts.contains(created.id) }) {
                statusMessage = StatusMessage(.undoRefusedContactInUse, [.init("id", created.id), .init("caseID", naming.id)], isError: true)
                return []
            }
            return [.deleteContact(created)]
        }
    }

    /// An undo landed as a new version. When it put the record back as the officer's change
    /// before it left it, that change is now undone from this version: `u` can go on taking
    /// the officer's changes back one by one, down to the creation of a case.
    mutating func rebaseUndo(onto saved: EditedRecord) {
        guard let top = undoStack.last else { return }
        let rebased: UndoEntry?
        switch (top, saved) {
        case (.caseChange(let before, let after), .case(let record)) where after.id == record.id && CaseField.changed(from: after.record, to: record).isEmpty:
            rebased = .caseChange(before: before, after: .answered(record))
        case (.caseCreated(let created), .case(let record)) where created.id == record.id && CaseField.changed(from: created.record, to: record).isEmpty:
            rebased = .caseCreated(.answered(record))
        case (.contactChange(let before, let after), .contact(let record, _))
            where after.id == record.id && ContactField.allCases.allSatisfy({ $0.isSame(after, record) }):
            rebased = .contactChange(before: before, after: record)
        case (.contactCreated(let created), .contact(let record, _))
            where created.id == record.id && ContactField.allCases.allSatisfy({ $0.isSame(created, record) }):
            rebased = .contactCreated(record)
        default: rebased = nil
        }
        if let rebased { undoStack[undoStack.count - 1] = rebased }
    }

    /// Someone else saved the case under an open form: fields the officer has not touched take
    /// their new values, and when the officer's changes do not overlap theirs the form starts
    /// over from their version, so the save does not conflict at all.
    mutating func rebaseOpenForm() {
        guard case .form(var form)? = editing, let base = form.purpose.base,
              let theirs = wholeCase(id: base.id), theirs.version > base.version else { return }
        let rebased = form.purpose.rebased(on: theirs)
        let fresh = self.form(for: rebased).fields
        var overlaps = false
        for (index, field) in form.fields.enumerated() {
            guard let new = fresh.first(where: { $0.id == field.id }),
                  let old = form.initialFields.first(where: { $0.id == field.id }) else { continue }
            if field == old {
                form.fields[index] = new
            } else if new != old {
                overlaps = true
            }
        }
        if !overlaps {
            form.purpose = rebased
            form.initialFields = form.initialFields.map { old in fresh.first { $0.id == old.id } ?? old }
        }
        editing = .form(form)
    }
}

extension AppState {
    /// Someone deleted the case under an open form: say so at once, rather than at the save.
    mutating func noticeDeletedUnderForm() {
        guard case .form(let form)? = editing, let id = form.purpose.caseID, index.caseByID[id] == nil else { return }
        statusMessage = StatusMessage(.caseDeletedMeanwhile, [.init("id", id)], isError: true)
    }
}

extension EditPurpose {
    /// The case the form is about, new ones aside.
    var caseID: String? {
        if case .addNote(let caseID) = self { return caseID }
        return base?.id
    }

    func rebased(on theirs: WholeCase) -> EditPurpose {
        switch self {
        case .newCase, .addNote, .newContact, .editContact: self
        case .editCase: .editCase(base: theirs)
        case .status: .status(base: theirs)
        case .priority: .priority(base: theirs)
        case .marking: .marking(base: theirs)
        case .nextAction: .nextAction(base: theirs)
        }
    }
}
