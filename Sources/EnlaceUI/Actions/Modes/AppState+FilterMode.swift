extension AppState {
    /// Typing a filter (`/`): the keys edit its text; Enter keeps it, Esc clears it.
    mutating func updateFilter(_ intent: Intent) -> [Effect] {
        switch intent {
        case .filterInsert(let text): editFilter { $0.insert(text) }
        case .filterDeleteBackward: editFilter { $0.deleteBackward() }
        case .filterDeleteWord: editFilter { $0.deleteWordBackward() }
        case .filterDeleteToStart: editFilter { $0.deleteToStart() }
        case .filterCursorLeft: filters[pane].editor.moveLeft()
        case .filterCursorRight: filters[pane].editor.moveRight()
        case .filterCursorHome: filters[pane].editor.moveToStart()
        case .filterCursorEnd: filters[pane].editor.moveToEnd()
        case .filterAccept: filters[pane].isEditing = false
        case .filterCancel: clearFilter(in: pane)
        default: return updateAnywhere(intent)
        }
        return []
    }
}
