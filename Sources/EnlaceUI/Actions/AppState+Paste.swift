extension AppState {
    /// Pasted text (`Intent.paste`): typed whole into the filter or a form's field. Elsewhere
    /// each character is a key, read in the mode it finds, so a pasted `/abc` on the board
    /// starts a filter and types `abc` into it. Where one letter answers a question the keymap
    /// gives no paste (`Keymap.intent(forPaste:in:)`), and one that comes changes nothing.
    mutating func paste(_ text: String) -> [Effect] {
        switch inputMode {
        case .filter: return updateFilter(.filterInsert(text))
        case .form: return updateForm(.editInsert(text))
        case .confirm, .conflict, .draftOffer, .quickStatus, .quickPriority, .quickMarking, .undoConfirmation: return []
        case .board, .help, .history, .export:
            var effects: [Effect] = []
            for character in text {
                guard let intent = keymap.intent(for: .character(character), in: inputMode) else { continue }
                // As if typed: each key clears what the one before said.
                statusMessage = nil
                effects += reduce(intent)
            }
            return effects
        }
    }
}
