import EnlaceModel
import EnlaceText

/// Which field of a form: the key problems and pickers are filed under.
public enum FormFieldID: String, Sendable, Hashable, CaseIterable {
    case title, titleEs, summary, summaryEs, status, priority, marking, releasable, lead, agencies, contacts, tags,
         region, post, owner, opened, due, textsChecked, nextAction, links, noteText, noteReleasable,
         name, agency, role, phones, email, languages, contactNotes

    /// The label the form shows before the value.
    public var label: UIPhrase {
        switch self {
        case .title: .fieldTitle
        case .titleEs: .fieldTitleEs
        case .summary: .summary
        case .summaryEs: .fieldSummaryEs
        case .status: .fieldStatus
        case .priority: .fieldPriority
        case .marking: .fieldMarking
        case .releasable, .noteReleasable: .fieldReleasable
        case .lead: .fieldLead
        case .agencies: .agencies
        case .contacts: .contacts
        case .tags: .tags
        case .region: .fieldRegion
        case .post: .post
        case .owner: .fieldOwner
        case .textsChecked: .fieldTextsChecked
        case .opened: .opened
        case .due: .due
        case .nextAction: .nextAction
        case .links: .linkedCases
        case .noteText: .fieldNote
        case .name: .fieldName
        case .agency: .agency
        case .role: .role
        case .phones: .phones
        case .email: .email
        case .languages: .languages
        case .contactNotes: .contactNotes
        }
    }

    /// Fields whose values are chosen from the board's records; the form lists the ones that
    /// match what is typed after the last comma.
    public var picks: PickSource? {
        switch self {
        case .lead, .agency: .agencies(multiple: false)
        case .agencies: .agencies(multiple: true)
        case .contacts: .contacts
        case .links: .cases
        default: nil
        }
    }

    /// Fields that hold several lines: `Ctrl-O` breaks the line, a paste keeps its breaks.
    public var isMultiLine: Bool { [.summary, .summaryEs, .noteText, .contactNotes].contains(self) }

    /// The model's name of the field, as `ValidationError.field` gives it.
    var modelField: String? {
        switch self {
        case .title: "title"
        case .titleEs: "titleEs"
        case .summary: "summary"
        case .summaryEs: "summaryEs"
        case .owner: "owner"
        case .lead: "leadAgency"
        case .agencies: "agencies"
        case .contacts: "contacts"
        case .tags: "tags"
        case .region: "region"
        case .post: "post"
        case .opened: "opened"
        case .due: "due"
        case .nextAction: "nextAction"
        case .links: "links"
        case .status: "status"
        case .priority: "priority"
        case .marking: "marking"
        case .name: "name"
        case .agency: "agency"
        default: nil
        }
    }
}

/// Where a picker's choices come from.
public enum PickSource: Sendable, Hashable {
    case agencies(multiple: Bool)
    case contacts
    case cases

    var allowsMany: Bool {
        if case .agencies(let multiple) = self { return multiple }
        return true
    }
}

/// A field's value while it is edited.
public enum FormValue: Sendable, Equatable {
    case text(LineEditor)
    case flag(Bool)
    /// One of `options` (raw values such as `active`, `TLP:AMBER`).
    case choice(options: [String], selected: Int)

    /// The value as text: what was typed, `yes`/`no`, the chosen option.
    public var text: String {
        switch self {
        case .text(let editor): editor.text
        case .flag(let value): value ? "yes" : "no"
        case .choice(let options, let selected): options.indices.contains(selected) ? options[selected] : ""
        }
    }
}

/// One row of a form.
public struct FormField: Sendable, Equatable {
    public var id: FormFieldID
    public var value: FormValue

    public init(_ id: FormFieldID, _ value: FormValue) {
        self.id = id
        self.value = value
    }

    static func text(_ id: FormFieldID, _ text: String) -> FormField { FormField(id, .text(LineEditor(text))) }

    static func choice<Value: RawRepresentable & CaseIterable>(_ id: FormFieldID, _ value: Value) -> FormField
    where Value.RawValue == String, Value: Equatable {
        let all = Array(Value.allCases)
        return FormField(id, .choice(options: all.map(\.rawValue), selected: all.firstIndex(of: value) ?? 0))
    }
}

/// Why a field cannot be saved as it is.
public enum FieldProblem: Sendable, Equatable {
    case invalid(ValidationError)
    /// Not a date `DateInput` understands.
    case notADate(String)
    /// Must not be blank (the note that reopens a case, a note's text).
    case required
}
