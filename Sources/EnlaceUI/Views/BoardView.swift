import EnlaceText

/// The whole screen, drawn from the state: `BoardView.render(state)` is what the terminal
/// paints. Pure: the same state gives the same grid.
public enum BoardView {
    public static func render(_ state: AppState) -> CellGrid {
        var grid = CellGrid(width: state.size.width, height: state.size.height)
        if state.size.isTooSmall {
            drawTooSmall(state, into: &grid)
            return grid
        }
        let layout = BoardLayout(state)
        TabBar.draw(state, into: &grid, rect: layout.tabBar)
        switch state.pane {
        case .cases: CaseListView.draw(state, into: &grid, rect: layout.list)
        case .agencies: AgencyListView.draw(state, into: &grid, rect: layout.list)
        case .contacts: ContactListView.draw(state, into: &grid, rect: layout.list)
        case .log: LogListView.draw(state, into: &grid, rect: layout.list)
        }
        drawSeparator(layout, into: &grid)
        DetailView.draw(state, into: &grid, rect: layout.detail)
        StatusLine.draw(state, into: &grid, rect: layout.statusLine)
        StatusLine.drawHints(state, into: &grid, rect: layout.hintLine)
        if state.editing != nil { EditorOverlay.draw(state, into: &grid) }
        if let prompt = state.exportPrompt { ExportPromptView.draw(state, prompt, into: &grid) }
        if let quickChange = state.quickChange { QuickChangeView.draw(state, quickChange, into: &grid) }
        if state.isHelpShown { HelpOverlay.draw(state, into: &grid) }
        return grid
    }

    static func drawSeparator(_ layout: BoardLayout, into grid: inout CellGrid) {
        let separator = layout.separator
        guard !separator.isEmpty else { return }
        if layout.isSideBySide {
            for y in separator.y..<(separator.y + separator.height) {
                grid.put("│", x: separator.x, y: y, maxWidth: 1, style: Style(.border))
            }
        } else {
            grid.put(String(repeating: "─", count: separator.width), x: separator.x, y: separator.y, maxWidth: separator.width, style: Style(.border))
        }
    }

    /// Below 60×16 only this, centred; the board comes back when the terminal grows.
    static func drawTooSmall(_ state: AppState, into grid: inout CellGrid) {
        let message = UIPhrase.terminalTooSmall(state.language, [
            "width": String(ScreenSize.minimum.width), "height": String(ScreenSize.minimum.height),
        ])
        let lines = WordWrap.lines(message, width: max(1, grid.width - 2))
        let top = max(0, (grid.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let x = max(0, (grid.width - CellWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + row, style: Style(.warning, .bold))
        }
    }
}
