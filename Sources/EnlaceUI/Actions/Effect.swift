import EnlaceModel

/// What `update` asks the world to do; the run loop carries effects out (the store saves, the
/// terminal quits). The UI itself never touches a file. What the store answers comes back
/// as a `Reply`.
public enum Effect: Sendable, Equatable {
    /// Restore the terminal and end the program.
    case quit
    /// Clear the screen and paint every cell again.
    case repaint
    /// Restore the terminal, stop the process as a job, and take the screen back on `fg`.
    case suspend
    /// Save a case through the store; the result comes back as `.caseSaved`, `.saveConflict`
    /// or `.saveFailed`.
    case saveCase(CaseSave)
    /// Append a note (the run loop stamps the time and the author); comes back as `.noteAppended`.
    case appendNote(caseID: String, text: String, releasableToMexico: Bool)
    /// Save a contact; comes back as `.contactSaved`, `.contactConflict` or `.saveFailed`.
    case saveContact(ContactSave)
    /// Delete a case the officer created, at the version it was created with (`u` taking back
    /// the creation); comes back as `.caseDeleted`, as `.saveConflict` with an undo save (refused:
    /// someone changed it since) or as `.saveFailed`.
    case deleteCase(WholeCase)
    /// Delete a contact the officer created, at the version it was created with; comes back as
    /// `.contactDeleted`, as `.contactConflict` with an undo save (someone changed it since), as
    /// `.contactDeleteRefused` (a case names it now) or as `.saveFailed`.
    case deleteContact(Contact)
    /// Read a case's or a contact's audit trail; comes back as `.historyLoaded`.
    case loadHistory(HistorySubject)
    /// Write a brief into the export directory (the board's `x`), then report `.exportFinished`.
    case export(ExportRequest)
    /// Keep what was being typed for the next start (the board is ending).
    case keepDraft(EditDraft)
    /// Forget the kept draft: the officer restored it or let it go.
    case removeDraft
    /// Build the search index for the data now in the state, off the keyboard's thread; it
    /// comes back as `.searchIndexBuilt`.
    case buildSearchIndex
    /// Give the pages of freed data back to the system rather than keep them resident: the
    /// skeletons of a large board's first screen, and their search index, are gone.
    case releaseFreedMemory
}

extension Effect {
    /// Whether carrying it out takes the data directory's lock, and may wait for another
    /// officer's save.
    public var takesTheLock: Bool {
        switch self {
        case .saveCase, .appendNote, .saveContact, .deleteCase, .deleteContact: true
        case .quit, .repaint, .suspend, .loadHistory, .export, .keepDraft, .removeDraft, .buildSearchIndex, .releaseFreedMemory: false
        }
    }
}
