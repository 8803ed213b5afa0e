import EnlaceText

extension AppState {
    /// Esc on a changed form asked "throw the changes away?": `y` does, `n` or Esc goes back
    /// to the form.
    mutating func updateDiscardConfirmation(_ intent: Intent) -> [Effect] {
        guard case .form(var form)? = editing else { return [] }
        switch intent {
        case .confirmDiscard:
            editing = nil
            statusMessage = StatusMessage(.changesDiscarded)
        case .keepEditing, .editCancel:
            form.setConfirmingDiscard(false)
            editing = .form(form)
        default: return updateAnywhere(intent)
        }
        return []
    }
}
