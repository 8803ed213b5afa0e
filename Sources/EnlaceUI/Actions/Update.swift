import EnlaceText
import EnlaceModel

/// The board's one place of change: applies `action` to `state` and says what the world must
/// do. Pure: no I/O, no clock, no randomness — the same state and action give the same result.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    // The terminal's own keys: the same in every mode, and the board is left as it was.
    switch action {
    case .repaint: return [.repaint]
    case .suspend: return [.suspend]
    default: break
    }
    if action.comesFromKeyboard { state.statusMessage = nil }
    if state.isHelpShown, let effects = updateHelp(&state, action) { return effects }
    if state.isLoadingCases, state.writeRefusal == nil, action.needsWholeCases {
        state.statusMessage = StatusMessage(.editingWaitsForCases, isError: true)
        return []
    }
    if let effects = updateEditing(&state, action) { return effects }
    let pane = state.pane
    switch action {
    case .moveDown: state.select(state.positions[pane].selected + 1)
    case .moveUp: state.select(state.positions[pane].selected - 1)
    case .pageDown: state.select(state.positions[pane].selected + state.pageSize)
    case .pageUp: state.select(state.positions[pane].selected - state.pageSize)
    case .moveToTop: state.select(0)
    case .moveToBottom: state.select(state.lists[pane].count - 1)

    case .nextPane: state.pane = pane.next
    case .previousPane: state.pane = pane.previous
    case .showPane(let target): state.pane = target

    case .nextLink: state.moveLinkCursor(by: 1)
    case .previousLink: state.moveLinkCursor(by: -1)
    case .followLink: state.followLink()
    case .back: state.goBack()

    case .scrollDetailDown: state.scrollDetail(by: 1)
    case .scrollDetailUp: state.scrollDetail(by: -1)
    case .toggleDetailZoom:
        state.isDetailZoomed.toggle()
        for pane in Pane.allCases { state.keepSelectionInView(in: pane) }

    case .startFilter:
        state.filters[pane].isEditing = true
        state.filters[pane].editor.moveToEnd()
    case .cycleSort:
        guard pane == .cases else {
            state.statusMessage = StatusMessage(.sortOnlyCases)
            break
        }
        state.caseSort = state.caseSort.next
        state.sortCases()
        state.applyFilter(in: .cases, rebuild: true)
        state.statusMessage = StatusMessage(.sortedBy, [.init("order", state.caseSort.phrase(state.language))])
    case .toggleContactGrouping:
        guard pane == .contacts else {
            state.statusMessage = StatusMessage(.groupingOnlyContacts)
            break
        }
        state.contactGrouping = state.contactGrouping.toggled
        state.applyFilter(in: .contacts, rebuild: true)

    case .filterInsert(let text): state.editFilter { $0.insert(text) }
    case .filterDeleteBackward: state.editFilter { $0.deleteBackward() }
    case .filterDeleteWord: state.editFilter { $0.deleteWordBackward() }
    case .filterDeleteToStart: state.editFilter { $0.deleteToStart() }
    case .filterCursorLeft: state.filters[pane].editor.moveLeft()
    case .filterCursorRight: state.filters[pane].editor.moveRight()
    case .filterCursorHome: state.filters[pane].editor.moveToStart()
    case .filterCursorEnd: state.filters[pane].editor.moveToEnd()
    case .filterAccept: state.filters[pane].isEditing = false
    case .filterCancel: state.clearFilter(in: pane)

    case .toggleHelp:
        state.isHelpShown = true
        state.helpPage = .keys
        state.helpScroll = 0
    case .showDamagedFiles:
        guard !state.damagedCaseFiles.isEmpty else {
            state.statusMessage = StatusMessage(.noDamagedFiles)
            break
        }
        state.isHelpShown = true
        state.helpPage = .damagedFiles
        state.helpScroll = 0
    case .switchLanguage: state.language = state.language.other
    case .quit: return [.quit]
    case .startExport, .exportNextField, .exportPreviousField, .exportNextValue, .exportPreviousValue,
         .exportConfirm, .exportCancel, .exportFinished:
        return state.updateExport(action)
    case .refused(let reason): state.statusMessage = StatusMessage(reason.phrase, reason.arguments, isError: true)
    case .caseFilesUnreadable(let files): state.damagedCaseFiles = files

    case .dataChanged(let data, let prepared): state.replaceData(data, prepared: prepared)
    case .loadFailed(let reason): state.statusMessage = StatusMessage(.notLoaded, [.init("reason", reason)], isError: true)
    case .searchIndexBuilt(let built):
        // An index for data older than the one in use is dropped; the session builds one for
        // the data on screen.
        state.caseSearch.offer(built, currentGeneration: state.dataGeneration)
    case .resize(let width, let height):
        state.size = ScreenSize(width: width, height: height)
        for pane in Pane.allCases { state.keepSelectionInView(in: pane) }
        state.helpScroll = min(state.helpScroll, HelpOverlay.maximumScroll(state))
    case .tick(let today):
        guard today != state.today else { break }
        state.today = today
        // What is overdue has changed, and with it what an `overdue` filter matches.
        state.applyFilter(in: .cases, rebuild: true)
    default: break
    }
    return []
}

/// The help overlay takes the keys while it is open: moving scrolls it, `?` and `Esc` close
/// it, language and quit work as anywhere. Returns nil for actions it leaves to the board.
private func updateHelp(_ state: inout AppState, _ action: Action) -> [Effect]? {
    let maximum = HelpOverlay.maximumScroll(state)
    func scroll(to line: Int) { state.helpScroll = max(0, min(maximum, line)) }
    switch action {
    case .moveDown, .scrollDetailDown: scroll(to: state.helpScroll + 1)
    case .moveUp, .scrollDetailUp: scroll(to: state.helpScroll - 1)
    case .pageDown: scroll(to: state.helpScroll + HelpOverlay.pageSize(state))
    case .pageUp: scroll(to: state.helpScroll - HelpOverlay.pageSize(state))
    case .moveToTop: scroll(to: 0)
    case .moveToBottom: scroll(to: maximum)
    case .toggleHelp, .back, .showDamagedFiles: state.isHelpShown = false
    case .switchLanguage, .quit, .refused, .dataChanged, .loadFailed, .caseFilesUnreadable, .resize, .tick: return nil
    default: break
    }
    return []
}

extension Action {
    /// Keys clear the last status message; the data, the size and the clock do not.
    var comesFromKeyboard: Bool {
        switch self {
        case .dataChanged, .loadFailed, .caseFilesUnreadable, .searchIndexBuilt, .resize, .tick, .caseSaved, .caseDeleted, .noteAppended, .saveFailed, .waitingForLock, .saveConflict, .historyLoaded, .contactSaved, .contactConflict, .offerDraft, .exportFinished: false
        default: true
        }
    }
}

extension Action {
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

extension DisabledReason {
    var phrase: UIPhrase {
        switch self {
        case .readOnly: .readOnly
        case .notWritable: .notWritable
        }
    }

    var arguments: [StatusMessage.Argument] {
        switch self {
        case .readOnly: []
        case .notWritable(let path): [.init("path", SafeText.line(path))]
        }
    }
}
