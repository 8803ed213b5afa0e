import EnlaceModel
import EnlaceText

/// What editing draws over the board: the open form, the conflict to settle, or a history.
public enum EditorOverlay {
    static func frame(_ state: AppState) -> Rect {
        let body = BoardLayout(state).body
        // A form reads best narrow; a conflict and a history show whole values, and take the
        // screen's width but for a margin.
        let widest = switch state.editing {
        case .conflict?, .history?: body.width - 4
        case .form?, nil: 96
        }
        let width = min(body.width - 2, max(96, widest))
        return Rect(x: (state.size.width - width) / 2, y: body.y, width: width, height: body.height)
    }

    static func draw(_ state: AppState, into grid: inout CellGrid) {
        guard let editing = state.editing else { return }
        let frame = frame(state)
        guard frame.width > 10, frame.height > 3 else { return }
        grid.box(frame)
        switch editing {
        case .form(let form): FormView.draw(form, state, into: &grid, frame: frame)
        case .conflict(let prompt): ConflictView.draw(prompt, state, into: &grid, frame: frame)
        case .history(let browser): HistoryView.draw(browser, state, into: &grid, frame: frame)
        }
    }

    static func title(_ text: String, into grid: inout CellGrid, frame: Rect) {
        grid.put(" " + SafeText.line(text) + " ", x: frame.x + 2, y: frame.y, maxWidth: frame.width - 4, style: Style(.title, .bold))
    }
}

extension FieldProblem {
    /// The reason shown under the field.
    public func message(_ language: Language) -> String {
        switch self {
        case .invalid(let error): error.problem(language)
        case .notADate: UIPhrase.notADate(language)
        case .required: UIPhrase.required(language)
        }
    }
}

extension CaseField {
    /// The field's label on the conflict screen.
    var label: UIPhrase {
        switch self {
        case .title, .titleEs: .fieldTitle
        case .summary, .summaryEs: .summary
        case .status: .fieldStatus
        case .priority: .fieldPriority
        case .marking: .fieldMarking
        case .releasableToMexico: .fieldReleasable
        case .leadAgency: .fieldLead
        case .agencies: .agencies
        case .contacts: .contacts
        case .tags: .tags
        case .region: .fieldRegion
        case .post: .post
        case .owner: .fieldOwner
        case .outdatedTexts: .fieldTextsChecked
        case .opened: .opened
        case .due: .due
        case .nextAction: .nextAction
        case .links: .linkedCases
        case .notes: .fieldNote
        }
    }

    /// The field's value in `record`, on one line.
    func text(_ record: Case, _ language: Language) -> String {
        let value: String
        switch self {
        case .title: value = record.title
        case .titleEs: value = record.titleEs ?? ""
        case .summary: value = record.summary
        case .summaryEs: value = record.summaryEs ?? ""
        case .status: value = record.status.phrase(language)
        case .priority: value = record.priority.phrase(language)
        case .marking: value = record.marking.rawValue
        case .releasableToMexico: value = record.releasableToMexico ? UIPhrase.yes(language) : UIPhrase.no(language)
        case .leadAgency: value = record.leadAgency
        case .agencies: value = record.agencies.joined(separator: ", ")
        case .contacts: value = record.contacts.joined(separator: ", ")
        case .tags: value = record.tags.joined(separator: ", ")
        case .region: value = record.region
        case .post: value = record.post
        case .owner: value = record.owner
        case .outdatedTexts: value = record.outdatedTexts.joined(separator: ", ")
        case .opened: value = record.opened.iso
        case .due: value = record.due?.iso ?? "—"
        case .nextAction: value = record.nextAction
        case .links: value = record.links.joined(separator: ", ")
        case .notes: value = String(record.notes.count)
        }
        return SafeText.line(value)
    }
}

extension ContactField {
    /// The field's label on the conflict screen and in a contact's history.
    var label: UIPhrase {
        switch self {
        case .name: .fieldName
        case .agency: .agency
        case .role: .role
        case .post: .post
        case .phones: .phones
        case .email: .email
        case .languages: .languages
        case .notes: .contactNotes
        case .lastContact: .lastContact
        }
    }

    /// The field's value in `record`, on one line.
    func text(_ record: Contact, _ language: Language) -> String {
        let value: String
        switch self {
        case .name: value = record.name
        case .agency: value = record.agency
        case .role: value = record.role
        case .post: value = record.post
        case .phones: value = record.phones.joined(separator: ", ")
        case .email: value = record.email
        case .languages: value = record.languages.joined(separator: ", ")
        case .notes: value = record.notes
        case .lastContact: value = record.lastContact.map { DateText.day($0, language) } ?? UIPhrase.never(language)
        }
        return SafeText.line(value)
    }

    /// The contact form's field for it; nil for `lastContact`, which `R` sets.
    var formField: FormFieldID? {
        switch self {
        case .name: .name
        case .agency: .agency
        case .role: .role
        case .post: .post
        case .phones: .phones
        case .email: .email
        case .languages: .languages
        case .notes: .contactNotes
        case .lastContact: nil
        }
    }
}
