import EnlaceText

/// The detail of the selected record of the current pane, scrolled, with the link cursor.
enum DetailView {
    /// The current pane's detail laid out at `width`: its lines and its links.
    static func content(of state: AppState, width: Int) -> DetailBuilder {
        var builder = DetailBuilder(width: width, wraps: state.detailWraps)
        switch state.pane {
        case .cases: CaseDetailView.build(state, into: &builder)
        case .agencies: AgencyDetailView.build(state, into: &builder)
        case .contacts: ContactDetailView.build(state, into: &builder)
        case .log: LogDetailView.build(state, into: &builder)
        }
        return builder
    }

    static func lines(of state: AppState, width: Int) -> DetailLines {
        content(of: state, width: width).lines
    }

    /// The first line shown: the pane's scroll, moved just enough to show the focused link
    /// when the link cursor was moved last.
    static func top(of state: AppState, lines: DetailLines, height: Int) -> Int {
        let position = state.positions[state.pane]
        var top = position.detailScroll
        if position.detailFollowsLink, let row = lines.row(ofLink: position.linkCursor) {
            if row < top { top = row }
            if row >= top + height { top = row - height + 1 }
        }
        return max(0, min(top, lines.count - height))
    }

    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        guard !rect.isEmpty else { return }
        let lines = lines(of: state, width: rect.width)
        if lines.isEmpty {
            grid.put(UIPhrase.nothingSelected(state.language), x: rect.x, y: rect.y, maxWidth: rect.width, style: Style(.dim))
            return
        }
        let top = top(of: state, lines: lines, height: rect.height)
        let cursor = state.positions[state.pane].linkCursor
        for row in 0..<rect.height {
            guard lines.indices.contains(top + row) else { break }
            let line = lines[top + row]
            let y = rect.y + row
            var x = rect.x
            for piece in line.pieces {
                x += grid.put(piece.text, x: x, y: y, maxWidth: rect.x + rect.width - x, style: piece.style)
                if x >= rect.x + rect.width { break }
            }
            if let link = line.link, link == cursor {
                grid.put("▸", x: rect.x, y: y, maxWidth: 1, style: Style(.key, .bold))
                grid.emphasize(x: rect.x + 2, y: y, width: x - rect.x - 2, .underline)
            }
        }
        if top > 0 { grid.put("↑", x: rect.x + rect.width - 1, y: rect.y, maxWidth: 1, style: Style(.dim)) }
        if top + rect.height < lines.count {
            grid.put("↓", x: rect.x + rect.width - 1, y: rect.y + rect.height - 1, maxWidth: 1, style: Style(.dim))
        }
    }
}
