import EnlaceText
import EnlaceModel

/// What a key means, as the keymap gives it: the officer's wishes. Every intent clears the
/// last status message; `update` hands each to the reducer of the current input mode.
/// What arrives from outside the keyboard is a `Reply`.
public enum Intent: Sendable, Equatable {
    // Moving in the list of the current pane.
    case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom
    // Panes.
    case nextPane, previousPane, showPane(Pane)
    // Links in the detail, and the trail back.
    case nextLink, previousLink, followLink, back
    // The detail.
    case scrollDetailDown, scrollDetailUp, toggleDetailZoom
    // Filter, sort, grouping.
    case startFilter, cycleSort, toggleContactGrouping
    /// `M`: the cases pane shows only the cases the officer owns, or all again.
    case toggleMyCases
    // Filter input (mode `.filter`).
    case filterInsert(String)
    case filterDeleteBackward, filterDeleteWord, filterDeleteToStart
    case filterCursorLeft, filterCursorRight, filterCursorHome, filterCursorEnd
    /// Enter: keep the filter, leave input mode.
    case filterAccept
    /// Esc: clear the filter, leave input mode.
    case filterCancel
    // General.
    case toggleHelp, switchLanguage, quit
    /// Ctrl-L: paint the whole screen again (after something else wrote on it).
    case repaint
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    case suspend
    /// `!`: list the case files that could not be read.
    case showDamagedFiles
    // The export prompt (`x`): open, move between questions, change, write, close.
    case startExport, exportNextField, exportPreviousField, exportNextValue, exportPreviousValue
    case exportConfirm, exportCancel
    /// A key whose binding the keymap has disabled (kiosk mode): says why, does nothing else.
    case refused(DisabledReason)
    /// Text that arrived in one read, as a paste does: typed into a text field whole, or key
    /// by key elsewhere (`AppState.paste`).
    case paste(String)

    // Editing: opening a form or a quick change on the selected case.
    case newRecord, editRecord, addNote, changeStatus, changePriority, changeMarking, setNextAction, undo, showHistory
    /// A quick-change menu's letter: save the case with this value.
    case quickChoose(QuickChoice)
    /// Esc in a quick-change menu: close it, changing nothing.
    case quickChangeCancel
    /// The answers to "undo this change to a record not in view?".
    case confirmUndo, cancelUndo
    /// Contacts pane: the selected contact was reached now (updates `lastContact`).
    case contactReached
    // Inside a form (mode `.form`).
    case editInsert(String)
    /// Ctrl-O: a line break, in a multi-line field.
    case editLineBreak
    case editDeleteBackward, editDeleteForward, editDeleteWord, editDeleteToStart
    case editCursorLeft, editCursorRight, editCursorHome, editCursorEnd
    case editNextField, editPreviousField, editNextPick, editPreviousPick, editComplete
    /// Enter: save the form (when valid), or settle a conflict.
    case editAccept
    /// Esc: close the form, asking first when it has changes.
    case editCancel
    /// The answers to "throw away the changes?".
    case confirmDiscard, keepEditing
    /// A conflict: take my value or theirs for the field in focus.
    case conflictPickMine, conflictPickTheirs
    /// History: show the entry in focus whole.
    case openHistoryEntry
    /// The answer to the offer of a draft a signal kept: reopen its form, or forget it.
    case restoreDraft, dropDraft
}

extension Intent {
    /// Edits and briefs, which must start from whole cases, not from the skeletons a large
    /// board shows while it reads its case files. History is read from the audit log.
    var needsWholeCases: Bool {
        switch self {
        case .newRecord, .editRecord, .addNote, .changeStatus, .changePriority, .changeMarking, .setNextAction,
             .undo, .contactReached, .startExport, .restoreDraft:
            true
        default: false
        }
    }
}
