import EnlaceText
import EnlaceModel

/// The board's one place of change for the keyboard: applies `intent` to `state` through the
/// reducer of the current input mode and says what the world must do. Pure: no I/O, no clock,
/// no randomness — the same state and intent give the same result.
public func update(_ state: inout AppState, _ intent: Intent) -> [Effect] {
    // The terminal's own keys: the same in every mode, and the board is left as it was.
    switch intent {
    case .repaint: return [.repaint]
    case .suspend: return [.suspend]
    default: break
    }
    state.statusMessage = nil
    let generation = state.dataGeneration
    var effects = state.reduce(intent)
    if state.dataGeneration != generation { effects.append(.buildSearchIndex) }
    return effects
}

/// The board's one place of change for what comes from outside the keyboard: the store's
/// answers, new data, the clock, the terminal's size. Every reply reaches the state, whatever
/// the input mode. Pure, as the keyboard's `update` is.
public func update(_ state: inout AppState, _ reply: Reply) -> [Effect] {
    let generation = state.dataGeneration
    var effects = state.reduce(reply)
    // New data (another officer's save, or this one's) gets a new index, off the keyboard's thread.
    if state.dataGeneration != generation { effects.append(.buildSearchIndex) }
    return effects
}

extension AppState {
    /// Hands `intent` to the reducer of the input mode: the one place that chooses by mode.
    mutating func reduce(_ intent: Intent) -> [Effect] {
        if case .paste(let text) = intent { return paste(text) }
        let mode = inputMode
        if mode != .help, isLoadingCases, writeRefusal == nil, intent.needsWholeCases {
            statusMessage = StatusMessage(.editingWaitsForCases, isError: true)
            return []
        }
        switch mode {
        case .board: return updateBoard(intent)
        case .filter: return updateFilter(intent)
        case .help: return updateHelp(intent)
        case .form: return updateForm(intent)
        case .confirm: return updateDiscardConfirmation(intent)
        case .conflict: return updateConflict(intent)
        case .history: return updateHistory(intent)
        case .export: return updateExportPrompt(intent)
        case .draftOffer: return updateDraftOffer(intent)
        case .quickStatus, .quickPriority, .quickMarking: return updateQuickChange(intent)
        case .undoConfirmation: return updateUndoConfirmation(intent)
        }
    }

    /// What every mode lets through: quitting, the language, and a refused key's reason.
    /// Empty for any other intent, which the mode ignores.
    mutating func updateAnywhere(_ intent: Intent) -> [Effect] {
        switch intent {
        case .quit: return quitting()
        case .switchLanguage: language = language.other
        case .refused(let reason): statusMessage = StatusMessage(reason.phrase, reason.arguments, isError: true)
        default: break
        }
        return []
    }

    /// Quitting keeps what was being typed for the next start.
    func quitting() -> [Effect] {
        (draft.map { [.keepDraft($0)] } ?? []) + [.quit]
    }
}
