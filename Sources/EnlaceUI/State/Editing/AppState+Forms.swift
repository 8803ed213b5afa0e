import EnlaceModel
import EnlaceText

// Forms from cases and cases from forms: what each purpose shows, and what it saves.
extension AppState {
    func caseFields(_ record: Case) -> [FormField] {
        // The flag that confirms texts marked out of date, only while some are.
        let confirmation = record.outdatedTexts.isEmpty ? [] : [FormField(.textsChecked, .flag(false))]
        return [
            .text(.title, record.title),
            .text(.titleEs, record.titleEs ?? ""),
            .text(.summary, record.summary),
            .text(.summaryEs, record.summaryEs ?? ""),
        ] + confirmation + [
            .choice(.status, record.status),
            .choice(.priority, record.priority),
            .choice(.marking, record.marking),
            FormField(.releasable, .flag(record.releasableToMexico)),
            .text(.lead, record.leadAgency),
            .text(.agencies, record.agencies.joined(separator: ", ")),
            .text(.contacts, record.contacts.joined(separator: ", ")),
            .text(.tags, record.tags.joined(separator: ", ")),
            .text(.region, record.region),
            .text(.post, record.post),
            .text(.owner, record.createdBy.isEmpty && record.assignedOwner == nil ? login : record.owner),
            .text(.opened, record.opened.iso),
            .text(.due, record.due?.iso ?? ""),
            .text(.nextAction, record.nextAction),
            .text(.links, record.links.joined(separator: ", ")),
        ]
    }

    /// A blank case for the form `n` opens: opened today, `new`, `medium`, `TLP:AMBER`, and no
    /// id: the store gives the next free one when it saves the case.
    func blankCase() -> Case {
        Case(id: "", title: "", leadAgency: "", opened: today,
             createdAt: Timestamp(day: today), createdBy: "")
    }

    func form(for purpose: EditPurpose) -> EditForm {
        switch purpose {
        case .newCase: return EditForm(purpose: purpose, fields: caseFields(blankCase()))
        case .editCase(let base): return EditForm(purpose: purpose, fields: caseFields(base.record))
        case .addNote:
            return EditForm(purpose: purpose, fields: [.text(.noteText, ""), FormField(.noteReleasable, .flag(false))])
        case .status(let base):
            var fields = [FormField.choice(.status, base.status)]
            // Reopening a closed case asks why.
            if base.status == .closed { fields.append(.text(.noteText, "")) }
            return EditForm(purpose: purpose, fields: fields)
        case .priority(let base): return EditForm(purpose: purpose, fields: [.choice(.priority, base.priority)])
        case .marking(let base): return EditForm(purpose: purpose, fields: [.choice(.marking, base.marking)])
        case .nextAction(let base):
            return EditForm(purpose: purpose, fields: [.text(.nextAction, base.nextAction), .text(.due, base.due?.iso ?? "")])
        case .amendNote(let base, let noteIndex):
            let note = base.notes.indices.contains(noteIndex) ? base.notes[noteIndex] : Note(at: base.createdAt, author: "", text: "")
            return EditForm(purpose: purpose, fields: [.text(.noteText, note.text), FormField(.noteReleasable, .flag(note.releasableToMexico))])
        case .newContact:
            return EditForm(purpose: purpose, fields: Self.contactFields(Self.blankContact))
        case .editContact(let base): return EditForm(purpose: purpose, fields: Self.contactFields(base))
        }
    }

    /// What a form saves: a case or a contact.
    func recordFromForm(_ form: EditForm) -> Result<EditedRecord, FormProblems> {
        switch form.purpose {
        case .newContact, .editContact:
            return contactFromForm(form).map { .contact($0, form.purpose.contactBase) }
        default:
            return caseFromForm(form).map { .case($0) }
        }
    }

    /// The case `form` would save, or the problems that stop it, by field.
    func caseFromForm(_ form: EditForm) -> Result<Case, FormProblems> {
        let start = form.purpose.base?.record ?? blankCase()
        var record = start
        var problems: [FormFieldID: FieldProblem] = [:]
        for field in form.fields {
            let text = field.value.text.trimmingSpaces
            switch field.id {
            case .title: record.title = text
            case .titleEs: record.titleEs = text.isEmpty ? nil : text
            case .summary: record.summary = field.value.text
            case .summaryEs: record.summaryEs = field.value.text.trimmingSpaces.isEmpty ? nil : field.value.text
            case .status: record.status = Status(rawValue: text) ?? record.status
            case .priority: record.priority = Priority(rawValue: text) ?? record.priority
            case .marking: record.marking = Marking(rawValue: text) ?? record.marking
            case .releasable: record.releasableToMexico = form.flag(.releasable)
            case .lead: record.leadAgency = currentAgencyCode(text)
            case .agencies: record.agencies = Self.list(text, uppercased: true).map(currentAgencyCode)
            case .contacts: record.contacts = Self.list(text, uppercased: true)
            case .tags: record.tags = Self.list(text, uppercased: false)
            case .region: record.region = text
            case .post: record.post = text
            case .owner: record.assignedOwner = assignedOwner(text, start: start)
            case .nextAction: record.nextAction = text
            case .links: record.links = Self.list(text, uppercased: true)
            case .opened:
                if case .day(let day)? = DateInput.parse(text, today: today) { record.opened = day }
                else { problems[.opened] = .notADate(text) }
            case .due:
                switch DateInput.parse(text, today: today) {
                case .day(let day)?: record.due = day
                case .none?: record.due = nil
                case nil: problems[.due] = .notADate(text)
                }
            case .noteText, .noteReleasable, .textsChecked, .name, .agency, .role, .phones, .email, .languages, .contactNotes:
                break
            }
        }
        record.outdatedTexts = OutdatedTexts.marked(
            before: start, after: record, confirmed: form.fields.contains { $0.id == .textsChecked } && form.flag(.textsChecked))
        if case .amendNote(_, let noteIndex) = form.purpose, record.notes.indices.contains(noteIndex) {
            let text = form.text(.noteText).trimmingSpaces
            if text.isEmpty { problems[.noteText] = .required }
            var note = record.notes[noteIndex]
            let amended = Note(at: note.at, author: note.author, text: text, releasableToMexico: form.flag(.noteReleasable), amendedBy: note.amendedBy)
            if amended != note {
                note = amended
                note.amendedBy = login.isEmpty ? nil : login
                record.notes[noteIndex] = note
            }
        }
        if case .status(let base) = form.purpose, base.status == .closed, record.status != .closed,
           form.text(.noteText).trimmingSpaces.isEmpty {
            problems[.noteText] = .required
        }
        let shown = Set(form.fields.map(\.id))
        let errors = CaseValidator.validate(record, registry: data.registry, knownContactIDs: Set(data.contacts.map(\.id)))
        for error in errors {
            guard let id = FormFieldID.allCases.first(where: { $0.modelField == error.field && shown.contains($0) }) else { continue }
            if problems[id] == nil { problems[id] = .invalid(error) }
        }
        return problems.isEmpty ? .success(record) : .failure(FormProblems(byField: problems))
    }

    /// The owner a form saves: none while the creator answers for the case (the field left as
    /// it came, or emptied), so that a file only names an owner someone assigned.
    func assignedOwner(_ text: String, start: Case) -> String? {
        let creator = start.createdBy.isEmpty ? login : start.createdBy
        if text.isEmpty { return nil }
        if text == creator, start.assignedOwner == nil { return nil }
        return text
    }

    /// A former code typed in a form (`PGR`) saved as the agency's current one (`FGR`), as the
    /// filter reads it; a code the registry never had is left for the validator to name.
    func currentAgencyCode(_ text: String) -> String {
        data.registry.currentCode(for: text) ?? text.uppercased()
    }

    static func list(_ text: String, uppercased: Bool) -> [String] {
        var seen: Set<String> = []
        return text.split(separator: ",").map { part in
            let item = String(part).trimmingSpaces
            return uppercased ? item.uppercased() : item
        }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// What the focused picker field offers for the word being typed (after the last comma):
    /// `(value, words shown beside it)`, best first, at most `limit`.
    public func pickCandidates(_ form: EditForm, limit: Int = 8) -> [(value: String, label: String)] {
        guard let field = form.focusedField, let source = field.id.picks else { return [] }
        let typed = field.value.text
        let word = String(typed.split(separator: ",", omittingEmptySubsequences: false).last ?? "").trimmingSpaces
        let chosen = Set(Self.list(typed, uppercased: true))
        let candidates: [PickMatcher.Candidate]
        switch source {
        case .agencies:
            candidates = data.registry.agencies.map { PickMatcher.Candidate($0, label: $0.name.text(language)) }
        case .contacts:
            candidates = data.contacts.map {
                PickMatcher.Candidate(value: $0.id, label: $0.name + " · " + $0.agency, codes: [$0.id], names: [$0.name, $0.agency])
            }
        case .cases:
            candidates = data.cases.map {
                PickMatcher.Candidate(value: $0.id, label: $0.title, codes: [$0.id], names: [$0.title, $0.titleEs ?? ""])
            }
        }
        let open = candidates.filter { !chosen.contains($0.value) || $0.value == word.uppercased() }
        return PickMatcher.matches(open, for: word).prefix(limit).map { ($0.value, $0.label) }
    }
}

/// Why a form cannot be saved, by field.
public struct FormProblems: Error, Sendable, Equatable {
    public var byField: [FormFieldID: FieldProblem]
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
