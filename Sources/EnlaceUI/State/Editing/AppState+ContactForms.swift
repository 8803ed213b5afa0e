import EnlaceModel
import EnlaceText

/// The record a form saves.
enum EditedRecord: Equatable {
    case `case`(Case)
    /// The contact and the version it was opened from (nil: new).
    case contact(Contact, Contact?)
}

extension EditPurpose {
    /// The contact the form edits, when it edits one.
    public var contactBase: Contact? {
        if case .editContact(let base) = self { return base }
        return nil
    }
}

// Contacts: created and edited in the contacts pane (`n`, `e`), reached (`R`).
extension AppState {
    /// A blank contact for the form `n` opens; the store gives its id when it saves it.
    static let blankContact = Contact(id: "", name: "", agency: "")

    static func contactFields(_ contact: Contact) -> [FormField] {
        [
            .text(.name, contact.name),
            .text(.agency, contact.agency),
            .text(.role, contact.role),
            .text(.post, contact.post),
            .text(.phones, contact.phones.joined(separator: ", ")),
            .text(.email, contact.email),
            .text(.languages, contact.languages.joined(separator: ", ")),
            .text(.contactNotes, contact.notes),
        ]
    }

    func contactFromForm(_ form: EditForm) -> Result<Contact, FormProblems> {
        var contact = form.purpose.contactBase ?? Self.blankContact
        for field in form.fields {
            let text = field.value.text.trimmingSpaces
            switch field.id {
            case .name: contact.name = text
            case .agency: contact.agency = text.uppercased()
            case .role: contact.role = text
            case .post: contact.post = text
            case .phones: contact.phones = Self.list(text, uppercased: false)
            case .email: contact.email = text
            case .languages: contact.languages = Self.list(text, uppercased: false)
            case .contactNotes: contact.notes = text
            default: break
            }
        }
        var problems: [FormFieldID: FieldProblem] = [:]
        for error in ContactValidator.validate(contact, registry: data.registry) {
            guard let id = FormFieldID.allCases.first(where: { $0.modelField == error.field && form.value($0) != nil }) else { continue }
            if problems[id] == nil { problems[id] = .invalid(error) }
        }
        return problems.isEmpty ? .success(contact) : .failure(FormProblems(byField: problems))
    }

    /// The editing keys in the contacts pane; nil for keys that only act on cases.
    mutating func openContactEditor(_ intent: Intent) -> [Effect]? {
        switch intent {
        case .newRecord:
            editing = .form(form(for: .newContact))
        case .editRecord:
            guard let contact = selectedContact else {
                statusMessage = StatusMessage(.nothingSelected, isError: true)
                return []
            }
            editing = .form(form(for: .editContact(base: contact)))
        case .contactReached:
            guard let contact = selectedContact else {
                statusMessage = StatusMessage(.nothingSelected, isError: true)
                return []
            }
            return [.saveContact(ContactSave(record: contact, base: contact, reachedNow: true))]
        case .showHistory:
            guard let contact = selectedContact else {
                statusMessage = StatusMessage(.nothingSelected, isError: true)
                return []
            }
            return [.loadHistory(.contact(id: contact.id))]
        default: return nil
        }
        return []
    }

    mutating func contactSaved(_ save: ContactSave, _ saved: Contact) {
        var newData = data
        if let index = newData.contacts.firstIndex(where: { $0.id == saved.id }) {
            newData.contacts[index] = saved
        } else {
            newData.contacts.append(saved)
        }
        replaceData(newData)
        if save.isUndo {
            undoStack.rebaseLast(onto: .contact(saved, nil))
        } else if let base = save.base {
            undoStack.append(.contactChange(before: base, after: saved))
        } else {
            undoStack.append(.contactCreated(saved))
        }
        if case .form(let form)? = editing, form.purpose.contactBase?.id == saved.id || (save.base == nil && form.purpose == .newContact) {
            editing = nil
        }
        if save.base == nil { reselect(saved.id, in: .contacts); keepSelectionInView(in: .contacts) }
        statusMessage = StatusMessage(save.isUndo ? .undone : .savedCase, [.init("id", saved.id), .init("version", String(saved.version))])
    }

    /// The store deleted a contact this officer created (`u`): it leaves the board.
    mutating func contactDeleted(_ deleted: Contact) {
        var newData = data
        newData.contacts.removeAll { $0.id == deleted.id }
        replaceData(newData)
        statusMessage = StatusMessage(.undoneCreation, [.init("id", deleted.id)])
    }

    /// A contact someone else saved meanwhile: other fields merge by themselves; where both
    /// changed a field, both values show side by side, as for a case, and what the officer
    /// picks (or edits with `e`) is what lands.
    mutating func contactConflict(_ save: ContactSave, theirs: Contact) -> [Effect] {
        guard !save.isUndo else {
            statusMessage = StatusMessage(.undoRefusedContact, [.init("id", theirs.id)], isError: true)
            return []
        }
        guard let base = save.base else {
            statusMessage = StatusMessage(.notSaved, [.init("reason", theirs.id)], isError: true)
            return []
        }
        let merge = FieldMerge.merge(base: base, mine: save.record, theirs: theirs)
        if merge.conflicts.isEmpty {
            return [.saveContact(ContactSave(record: merge.merged, base: theirs, reachedNow: save.reachedNow))]
        }
        var newData = data
        if let index = newData.contacts.firstIndex(where: { $0.id == theirs.id }), newData.contacts[index].version < theirs.version {
            newData.contacts[index] = theirs
            replaceData(newData)
        }
        editing = .conflict(ConflictPrompt(save: save, theirs: theirs, merged: merge.merged, conflicts: merge.conflicts))
        return []
    }
}
