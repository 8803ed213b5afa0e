import EnlaceText

extension AppState {
    /// `u`: the officer's own last change, taken back as a new version, unless someone has
    /// built on it since.
    mutating func undo() -> [Effect] {
        switch undoStack.takeBack(in: data) {
        case nil:
            statusMessage = StatusMessage(.nothingToUndo, isError: true)
            return []
        case .perform(let effect)?:
            return [effect]
        case .refused(let message)?:
            statusMessage = message
            return []
        }
    }
}
