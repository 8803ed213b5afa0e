import EnlaceText
/// One row of the key table (DESIGN.md, "Keys are data"): the dispatcher, the help overlay,
/// the status bar's hints and README's key table are all read from these rows.
public struct Binding: Sendable, Equatable {
    /// The keys that do it; the first is the one hints show.
    public var keys: [Key]
    public var intent: Intent
    /// What the help overlay says it does.
    public var help: UIPhrase
    public var group: BindingGroup
    /// Whether it changes the board's data (a save, a note, an undo). A board this user may not
    /// write refuses it, and the wall screen leaves it out (`Keymap.withoutChanges`, `wallScreen`).
    public var changesData: Bool
    /// The keyboard mode it acts in.
    public var mode: InputMode
    /// A word or two for the status bar's hints; nil keeps it out of the hints.
    public var hint: UIPhrase?

    public init(
        _ keys: [Key], _ intent: Intent, help: UIPhrase, group: BindingGroup, changesData: Bool = false,
        mode: InputMode = .board, hint: UIPhrase? = nil
    ) {
        self.keys = keys
        self.intent = intent
        self.help = help
        self.group = group
        self.changesData = changesData
        self.mode = mode
        self.hint = hint
    }
}

/// The groups of the help overlay, in the order it lists them.
public enum BindingGroup: CaseIterable, Sendable, Hashable {
    case navigation, panes, links, view, filter, filterInput, editing, formInput, conflictInput, exportInput
    case quickStatusInput, quickPriorityInput, quickMarkingInput, undoConfirmation, draftOffer, general

    public var title: UIPhrase {
        switch self {
        case .navigation: .groupNavigation
        case .panes: .groupPanes
        case .links: .groupLinks
        case .view: .groupView
        case .filter: .groupFilter
        case .filterInput: .groupFilterInput
        case .editing: .groupEditing
        case .formInput: .groupFormInput
        case .conflictInput: .groupConflictInput
        case .exportInput: .groupExportInput
        case .draftOffer: .groupDraftOffer
        case .quickStatusInput: .groupQuickStatus
        case .quickPriorityInput: .groupQuickPriority
        case .quickMarkingInput: .groupQuickMarking
        case .undoConfirmation: .groupUndoConfirmation
        case .general: .groupGeneral
        }
    }
}

/// A binding the keymap switched off, and why: its keys say so instead of acting.
public struct DisabledBinding: Sendable, Equatable {
    public var binding: Binding
    public var reason: DisabledReason
}
