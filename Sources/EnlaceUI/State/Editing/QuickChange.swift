import EnlaceModel

/// The small lettered menu `S`, `p` and `m` open on a case: one key picks the new status,
/// priority or marking and saves it at once. The letters are the key table's
/// (`Keymap+Editing.swift`); the menu shows them from there.
public struct QuickChange: Sendable, Equatable {
    /// Which of the case's fields the menu changes.
    public enum Field: Sendable, Equatable, CaseIterable {
        case status, priority, marking
    }

    public var field: Field
    /// The case as it was when the menu opened: the version the save expects.
    public var base: WholeCase

    public init(_ field: Field, base: WholeCase) {
        self.field = field
        self.base = base
    }

    /// Each field has its own mode, so that a letter means one value in the key table.
    var inputMode: InputMode {
        switch field {
        case .status: .quickStatus
        case .priority: .quickPriority
        case .marking: .quickMarking
        }
    }

    /// The form the same change opens when it needs more than a letter (a reason to reopen
    /// a closed case), and whose save path the menu uses.
    var purpose: EditPurpose {
        switch field {
        case .status: .status(base: base)
        case .priority: .priority(base: base)
        case .marking: .marking(base: base)
        }
    }

    /// Whether `choice` is the case's value now: the menu marks it.
    func isCurrent(_ choice: QuickChoice) -> Bool {
        switch choice {
        case .status(let status): base.status == status
        case .priority(let priority): base.priority == priority
        case .marking(let marking): base.marking == marking
        }
    }
}

/// One value a quick-change menu offers, carried by `Intent.quickChoose`.
public enum QuickChoice: Sendable, Equatable {
    case status(Status)
    case priority(Priority)
    case marking(Marking)

    var field: QuickChange.Field {
        switch self {
        case .status: .status
        case .priority: .priority
        case .marking: .marking
        }
    }

    /// The form field it sets, and the value as the file keeps it.
    var formField: FormFieldID {
        switch self {
        case .status: .status
        case .priority: .priority
        case .marking: .marking
        }
    }

    var rawValue: String {
        switch self {
        case .status(let status): status.rawValue
        case .priority(let priority): priority.rawValue
        case .marking(let marking): marking.rawValue
        }
    }
}
