import EnlaceModel

/// What the officer is in the middle of, if anything: a form, or a conflict to settle.
public enum EditSession: Sendable, Equatable {
    case form(EditForm)
    case conflict(ConflictPrompt)
    /// The audit trail of a case or a contact (`h`), newest first.
    case history(HistoryBrowser)

    var inputMode: InputMode {
        switch self {
        case .form(let form): form.isConfirmingDiscard ? .confirm : .form
        case .conflict: .conflict
        case .history: .history
        }
    }
}
