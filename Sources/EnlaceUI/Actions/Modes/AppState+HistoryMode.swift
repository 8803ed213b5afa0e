extension AppState {
    /// A case's or a contact's audit trail (`h`): moving scrolls it, Esc or `h` closes it.
    mutating func updateHistory(_ intent: Intent) -> [Effect] {
        guard case .history(let subject, let lines, let scroll)? = editing else { return [] }
        switch intent {
        case .moveDown, .scrollDetailDown: editing = .history(subject, lines: lines, scroll: min(max(0, lines.count - 1), scroll + 1))
        case .moveUp, .scrollDetailUp: editing = .history(subject, lines: lines, scroll: max(0, scroll - 1))
        case .editCancel, .back, .showHistory: editing = nil
        default: return updateAnywhere(intent)
        }
        return []
    }
}
