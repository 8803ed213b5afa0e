import EnlaceModel
import EnlaceText

extension AppState {
    /// Takes in what came from outside the keyboard. No input mode stops a reply: the data,
    /// the size and the store's answers reach the state whatever is open.
    mutating func reduce(_ reply: Reply) -> [Effect] {
        switch reply {
        case .caseSaved(let save, let saved): caseSaved(save, saved)
        case .caseDeleted(let deleted): caseDeleted(deleted)
        case .contactDeleted(let deleted): contactDeleted(deleted)
        case .contactDeleteRefused(let contact, let caseID):
            statusMessage = StatusMessage(.undoRefusedContactInUse, [.init("id", contact.id), .init("caseID", caseID)], isError: true)
        case .noteAppended(let saved): noteAppended(saved)
        case .saveFailed(let reason):
            statusMessage = StatusMessage(.notSaved, [.init("reason", reason)], isError: true)
        case .waitingForLock(let login?):
            statusMessage = StatusMessage(.waitingForSave, [.init("login", login)], isError: false)
        case .waitingForLock(nil):
            statusMessage = StatusMessage(.waitingForAnotherSave, isError: false)
        case .saveConflict(let save, let theirs): return saveConflict(save, theirs: theirs)
        case .contactSaved(let save, let saved): contactSaved(save, saved)
        case .contactConflict(let save, let theirs): return contactConflict(save, theirs: theirs)
        case .historyLoaded(let subject, let lines):
            if editing == nil { editing = .history(subject, lines: lines, scroll: 0) }
        case .exportFinished(.written(let path)):
            statusMessage = StatusMessage(.exportWritten, [.init("path", path)])
        case .exportFinished(.failed(let reason)):
            statusMessage = StatusMessage(.exportFailed, [.init("reason", reason)], isError: true)
        case .offerDraft(let draft): offer(draft)
        case .dataChanged(let data, let prepared): return dataChanged(data, prepared: prepared)
        case .loadFailed(let reason):
            statusMessage = StatusMessage(.notLoaded, [.init("reason", reason)], isError: true)
        case .caseFilesUnreadable(let files): damagedCaseFiles = files
        case .searchIndexBuilt(let built): return searchIndexBuilt(built)
        case .resize(let width, let height):
            size = ScreenSize(width: width, height: height)
            for pane in Pane.allCases { keepSelectionInView(in: pane) }
            helpScroll = min(helpScroll, HelpOverlay.maximumScroll(self))
        case .tick(let today):
            guard today != self.today else { break }
            self.today = today
            // What is overdue has changed, and with it what an `overdue` filter matches.
            applyFilter(in: .cases, rebuild: true)
        case .sessionEnded: return quitting()
        }
        return []
    }

    /// New data, whole cases: an open form takes their changes, a draft waiting for them is
    /// offered, and the memory of the first screen's skeletons goes back to the system.
    private mutating func dataChanged(_ data: BoardData, prepared: PreparedLookups?) -> [Effect] {
        let hadSkeletons = isLoadingCases
        replaceData(data, prepared: prepared)
        rebaseOpenForm()
        noticeDeletedUnderForm()
        if let draft = draftAwaitingCases {
            draftAwaitingCases = nil
            offer(draft)
        }
        guard hadSkeletons else { return [] }
        // Their search index goes when the new one comes: its pages are given back then.
        releasesMemoryWhenIndexed = true
        return [.releaseFreedMemory]
    }

    /// An index for data older than the one in use is dropped; the session builds one for the
    /// data on screen.
    private mutating func searchIndexBuilt(_ built: CaseSearch.Built) -> [Effect] {
        caseSearch.offer(built, currentGeneration: dataGeneration)
        guard releasesMemoryWhenIndexed, built.generation == dataGeneration else { return [] }
        releasesMemoryWhenIndexed = false
        return [.releaseFreedMemory]
    }

    /// A kept draft is offered once the cases are whole: restoring it opens a form.
    private mutating func offer(_ draft: EditDraft) {
        // A board that cannot save could not save the draft either: it stays for a writable one.
        guard writeRefusal == nil else { return }
        guard !isLoadingCases else {
            draftAwaitingCases = draft
            return
        }
        offeredDraft = draft
        statusMessage = StatusMessage(.draftOffer, [.init("id", draft.recordID)])
    }
}
