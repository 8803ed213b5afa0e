import EnlaceModel
import EnlaceText

extension AppState {
    /// Enter on a form: the save it asks the store for, or the problems it marks on the form.
    /// A form that changed nothing closes without a save.
    mutating func save(_ form: inout EditForm) -> [Effect] {
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
            // The note field of a status change is a new note; an amended one is in `record`.
            let note = form.text(.noteText).trimmingSpaces
            if !note.isEmpty, case .status = form.purpose { save.note = note }
            return [.saveCase(save)]
        }
    }
}
