/// The keyboard's mode: the keymap dispatches per mode, and `update` hands each intent to the
/// reducer of the mode (`Actions/Modes/`).
public enum InputMode: Sendable, Hashable, CaseIterable {
    case board
    /// Printable keys edit the filter text.
    case filter
    /// The help overlay is open.
    case help
    /// A form is open: printable keys are text in its focused field.
    case form
    /// A form asks whether to throw its changes away.
    case confirm
    /// A save met someone else's change to the same fields: pick a side per field.
    case conflict
    /// A case's audit trail is shown.
    case history
    /// The export prompt (`x`) is open.
    case export
    /// A draft kept from a board a signal ended is offered: `r` restores it, any other key
    /// lets it go.
    case draftOffer
    /// The quick-change menus (`S`, `p`, `m`): one letter picks a value and saves it.
    case quickStatus, quickPriority, quickMarking
    /// `u` asks before taking back a change to a record not in view: `y` undoes, any other
    /// key keeps it.
    case undoConfirmation
}

extension AppState {
    /// The keyboard's mode. The draft offer comes first: it lasts until the next key,
    /// whatever was open when it came.
    public var inputMode: InputMode {
        if offeredDraft != nil { return .draftOffer }
        if isHelpShown { return .help }
        if let editing { return editing.inputMode }
        if let quickChange { return quickChange.inputMode }
        if isConfirmingUndo { return .undoConfirmation }
        if exportPrompt != nil { return .export }
        return filters[pane].isEditing ? .filter : .board
    }
}
