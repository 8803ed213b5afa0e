import EnlaceModel

/// What arrives from outside the keyboard: the store's answers to effects, the loaders, the
/// search index builder, the clock and the terminal. A reply reaches the state whatever the
/// input mode, and leaves the status message to what it says itself.
public enum Reply: Sendable, Equatable {
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
    /// The audit trail of a case or a contact, read for `h`, newest first.
    case historyLoaded(HistorySubject, lines: [HistoryLine])
    /// The brief `x` asked for was written, or could not be.
    case exportFinished(ExportOutcome)
    /// A draft kept from a board a signal ended: offered, once the cases are whole, until the
    /// next key.
    case offerDraft(EditDraft)
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
    /// A signal ended the board, or the terminal's input did: what was being typed is kept.
    case sessionEnded
}
