import EnlaceModel
import EnlaceText

extension AppState {
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
        case .amendNote(_, let noteIndex): .amendNote(base: theirs, noteIndex: noteIndex)
        }
    }
}
