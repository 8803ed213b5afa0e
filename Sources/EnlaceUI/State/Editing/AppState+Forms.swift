import EnlaceModel
import EnlaceText

// Forms from cases and cases from forms: what each purpose shows, and what it saves.
extension AppState {
    static func caseFields(_ record: Case) -> [FormField] {
        [
            .text(.title, record.title),
            .text(.summary, record.summary),
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
        case .newCase: return EditForm(purpose: purpose, fields: Self.caseFields(blankCase()))
        case .editCase(let base): return EditForm(purpose: purpose, fields: Self.caseFields(base.record))
        case .addNote:
            return EditForm(purpose: purpose, fields: [.text(.noteText, ""), FormField(.noteReleasable, .flag(false))])
        case .status(let base):
            var fields = [FormField.choice(.status, base.status)]
            // Reopening a closed case asks why (issue 4).
            if base.status == .closed { fields.append(.text(.noteText, "")) }
            return EditForm(purpose: purpose, fields: fields)
        case .priority(let base): return EditForm(purpose: purpose, fields: [.choice(.priority, base.priority)])
        case .marking(let base): return EditForm(purpose: purpose, fields: [.choice(.marking, base.marking)])
        case .nextAction(let base):
            return EditForm(purpose: purpose, fields: [.text(.nextAction, base.nextAction), .text(.due, base.due?.iso ?? "")])
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
            case .summary: record.summary = field.value.text
            case .status: record.status = Status(rawValue: text) ?? record.status
            case .priority: record.priority = Priority(rawValue: text) ?? record.priority
            case .marking: record.marking = Marking(rawValue: text) ?? record.marking
            case .releasable: record.releasableToMexico = form.flag(.releasable)
            case .lead: record.leadAgency = text.uppercased()
            case .agencies: record.agencies = Self.list(text, uppercased: true)
            case .contacts: record.contacts = Self.list(text, uppercased: true)
            case .tags: record.tags = Self.list(text, uppercased: false)
            case .region: record.region = text
            case .post: record.post = text
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
            case .noteText, .noteReleasable, .name, .agency, .role, .phones, .email, .languages, .contactNotes: break
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
        let needle = TextFolding.fold(word)
        var all: [(value: String, label: String)]
        switch source {
        case .agencies:
            all = data.registry.agencies.map { ($0.code, $0.name.text(language)) }
        case .contacts:
            all = data.contacts.map { ($0.id, $0.name + " · " + $0.agency) }
        case .cases:
            all = data.cases.map { ($0.id, $0.title) }
        }
        let matching = all.filter { candidate in
            guard !chosen.contains(candidate.value) || candidate.value == word.uppercased() else { return false }
            return needle.isEmpty || TextFolding.fold(candidate.value + " " + candidate.label).contains(needle)
        }
        return Array(matching.prefix(limit))
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
