import EnlaceText
import EnlaceModel

/// Everything that can happen to the board: what keys mean (through the keymap) and what
/// arrives from outside (new data, a resize, the clock). `update` is the only place that
/// gives actions their effect.
public enum Action: Sendable, Equatable {
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
    // The export prompt (`x`, issue 6): open, move between questions, change, write, close.
    case startExport, exportNextField, exportPreviousField, exportNextValue, exportPreviousValue
    case exportConfirm, exportCancel
    /// The run loop wrote the brief, or could not.
    case exportFinished(ExportOutcome)
    /// A key whose binding the keymap has disabled (kiosk mode): says why, does nothing else.
    case refused(DisabledReason)

    // Editing (issue 4): opening a form or a quick change on the selected case.
    case newRecord, editRecord, addNote, changeStatus, changePriority, changeMarking, setNextAction, undo, showHistory
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

    // From outside the keyboard.
    /// The store saved a case the board asked it to save.
    case caseSaved(CaseSave, Case)
    /// The store deleted a case the officer created (the undo of its creation); the case as it was.
    case caseDeleted(Case)
    /// The store deleted a contact the officer created; the contact as it was.
    case contactDeleted(Contact)
    /// The store kept a contact whose creation `u` took back: case `caseID` names it now.
    case contactDeleteRefused(Contact, caseID: String)
    /// The store appended a note; the case as saved.
    case noteAppended(Case)
    /// A save failed; `reason` is already in words (the store's errors are worded at the edge).
    case saveFailed(reason: String)
    /// Another officer's save holds the lock, and this one waits for it; `login` names them
    /// when the kernel says who.
    case waitingForLock(login: String?)
    /// Someone saved the case since the edit started; `theirs` is the case on disk.
    case saveConflict(CaseSave, theirs: Case)
    /// The store saved a contact.
    case contactSaved(ContactSave, Contact)
    /// Someone saved the contact since the edit started.
    case contactConflict(ContactSave, theirs: Contact)
    /// A draft kept from a board a signal ended: offered until the next key.
    case offerDraft(EditDraft)
    /// The answer to the offer: reopen the draft's form, or forget it.
    case restoreDraft, dropDraft
    /// The audit trail of a case or a contact, read for `h`, newest first.
    case historyLoaded(HistorySubject, lines: [HistoryLine])
    /// The store loaded or reloaded the data (another officer saved, say): always whole cases;
    /// with the lookups a loader worked out for it off the keyboard's thread, if any.
    case dataChanged(BoardData, prepared: PreparedLookups? = nil)
    /// Loading the data failed; `reason` is already in words. The board keeps what it shows.
    case loadFailed(reason: String)
    /// The case files the last load could not read (none: all were read).
    case caseFilesUnreadable([DamagedCaseFile])
    /// A search index built off the keyboard's thread for the data of one generation.
    case searchIndexBuilt(CaseSearch.Built)
    case resize(width: Int, height: Int)
    /// The clock: `today` may have turned over, which changes what is overdue.
    case tick(today: Day)
}

/// Why a key does nothing here (lazygit's `GetDisabledReason`).
public enum DisabledReason: Sendable, Hashable {
    /// Kiosk mode: nothing at this keyboard may change data or leave the display.
    case readOnly
    /// This user may not write the data directory (or `cases/`, or the audit log) at `path`.
    case notWritable(path: String)
}
