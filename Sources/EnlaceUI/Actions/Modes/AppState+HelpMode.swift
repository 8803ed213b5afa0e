extension AppState {
    /// The help overlay takes the board's keys while it is open: moving scrolls it, `?`, `Esc`
    /// and `!` close it, language and quit work as anywhere; the rest does nothing.
    mutating func updateHelp(_ intent: Intent) -> [Effect] {
        let maximum = HelpOverlay.maximumScroll(self)
        func scroll(to line: Int) { helpScroll = max(0, min(maximum, line)) }
        switch intent {
        case .moveDown, .scrollDetailDown: scroll(to: helpScroll + 1)
        case .moveUp, .scrollDetailUp: scroll(to: helpScroll - 1)
        case .pageDown: scroll(to: helpScroll + HelpOverlay.pageSize(self))
        case .pageUp: scroll(to: helpScroll - HelpOverlay.pageSize(self))
        case .moveToTop: scroll(to: 0)
        case .moveToBottom: scroll(to: maximum)
        case .toggleHelp, .back, .showDamagedFiles: isHelpShown = false
        default: return updateAnywhere(intent)
        }
        return []
    }
}
