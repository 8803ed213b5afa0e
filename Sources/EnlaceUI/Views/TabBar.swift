import EnlaceText

/// Row 0: the four panes with their counts, the current one highlighted; the board's name, the
/// read-only badge and "reading cases…" (while a large board's cases are read) on the right.
enum TabBar {
    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let language = state.language
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.title))
        var x = rect.x
        x += grid.put(" Enlace ", x: x, y: rect.y, maxWidth: rect.width, style: Style(.title, .bold))
        for pane in Pane.allCases {
            let label = " \(pane.rawValue + 1) \(pane.title(language)) \(count(state, pane)) "
            let style = pane == state.pane ? Style(.title, [.bold, .reverse]) : Style(.title)
            x += 1
            x += grid.put(label, x: x, y: rect.y, maxWidth: max(0, rect.x + rect.width - x), style: style)
        }
        var right = rect.x + rect.width - 1
        if state.writeRefusal != nil {
            right = grid.putRightAligned(UIPhrase.readOnlyBadge(language), right: right, y: rect.y, maxWidth: max(0, right - x - 1), style: Style(.warning, [.bold, .reverse])) - 1
        }
        if state.isLoadingCases {
            right = grid.putRightAligned(UIPhrase.loadingCasesBadge(language), right: right, y: rect.y, maxWidth: max(0, right - x - 1), style: Style(.title)) - 1
        }
        if right - x > 8 {
            grid.putRightAligned(state.data.board.name, right: right, y: rect.y, maxWidth: right - x - 2, style: Style(.title))
        }
    }

    /// "40", or "3/40" when a filter is in force.
    static func count(_ state: AppState, _ pane: Pane) -> String {
        let total = state.total(pane)
        return state.filters[pane].isActive ? "\(state.lists[pane].count)/\(total)" : "\(total)"
    }
}

extension Pane {
    public func title(_ language: EnlaceText.Language) -> String {
        switch self {
        case .cases: UIPhrase.paneCases(language)
        case .agencies: UIPhrase.paneAgencies(language)
        case .contacts: UIPhrase.paneContacts(language)
        case .log: LogPhrase.paneLog(language)
        }
    }
}
