extension AppState {
    /// A case's or a contact's audit trail (`h`): moving picks an entry, Enter shows it whole
    /// (moving then scrolls it), Esc goes back to the list and then closes, `h` closes.
    mutating func updateHistory(_ intent: Intent) -> [Effect] {
        guard case .history(var browser)? = editing else { return [] }
        switch intent {
        case .moveDown, .scrollDetailDown: browser.move(by: 1)
        case .moveUp, .scrollDetailUp: browser.move(by: -1)
        case .openHistoryEntry: browser.openEntry()
        case .editCancel, .back:
            guard browser.isEntryOpen else {
                editing = nil
                return []
            }
            browser.closeEntry()
        case .showHistory:
            editing = nil
            return []
        default: return updateAnywhere(intent)
        }
        editing = .history(browser)
        return []
    }
}
