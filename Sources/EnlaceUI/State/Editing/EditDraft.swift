import EnlaceModel

/// A form's text kept when a signal ends the board mid-edit, so the next start can
/// offer it back. Only what was typed is kept; the record it edits is read afresh on restore.
public struct EditDraft: Codable, Sendable, Equatable {
    /// `newCase`, `editCase`, `addNote`, `status`, `priority`, `marking`, `nextAction`,
    /// `newContact`, `editContact`.
    public var purpose: String
    /// The case or contact edited; empty for a new one.
    public var recordID: String
    /// Each field's value as text, by field name.
    public var fields: [String: String]

    public init(purpose: String, recordID: String, fields: [String: String]) {
        self.purpose = purpose
        self.recordID = recordID
        self.fields = fields
    }
}

extension AppState {
    /// The open form as a draft, when it has changes worth keeping.
    public var draft: EditDraft? {
        guard case .form(let form)? = editing, form.hasChanges else { return nil }
        let purpose: String
        let recordID: String
        switch form.purpose {
        case .newCase: (purpose, recordID) = ("newCase", "")
        case .editCase(let base): (purpose, recordID) = ("editCase", base.id)
        case .addNote(let caseID): (purpose, recordID) = ("addNote", caseID)
        case .status(let base): (purpose, recordID) = ("status", base.id)
        case .priority(let base): (purpose, recordID) = ("priority", base.id)
        case .marking(let base): (purpose, recordID) = ("marking", base.id)
        case .nextAction(let base): (purpose, recordID) = ("nextAction", base.id)
        // Short, and tied to a note's place: not kept.
        case .amendNote: return nil
        case .newContact: (purpose, recordID) = ("newContact", "")
        case .editContact(let base): (purpose, recordID) = ("editContact", base.id)
        }
        var fields: [String: String] = [:]
        for field in form.fields { fields[field.id.rawValue] = field.value.text }
        return EditDraft(purpose: purpose, recordID: recordID, fields: fields)
    }

    /// The form a draft was made from, on the record as it is now; nil when that record is gone.
    func form(restoring draft: EditDraft) -> EditForm? {
        let record = wholeCase(id: draft.recordID)
        let purpose: EditPurpose?
        switch draft.purpose {
        case "newCase": purpose = .newCase
        case "editCase": purpose = record.map { .editCase(base: $0) }
        case "addNote": purpose = record.map { .addNote(caseID: $0.id) }
        case "status": purpose = record.map { .status(base: $0) }
        case "priority": purpose = record.map { .priority(base: $0) }
        case "marking": purpose = record.map { .marking(base: $0) }
        case "nextAction": purpose = record.map { .nextAction(base: $0) }
        case "newContact": purpose = .newContact
        case "editContact": purpose = data.contacts.first { $0.id == draft.recordID }.map { .editContact(base: $0) }
        default: purpose = nil
        }
        guard let purpose else { return nil }
        var form = form(for: purpose)
        for (index, field) in form.fields.enumerated() {
            guard let text = draft.fields[field.id.rawValue] else { continue }
            switch field.value {
            case .text: form.fields[index].value = .text(LineEditor(text))
            case .flag: form.fields[index].value = .flag(text == "yes")
            case .choice(let options, let selected):
                form.fields[index].value = .choice(options: options, selected: options.firstIndex(of: text) ?? selected)
            }
        }
        return form
    }
}
