import EnlaceText

/// Draws a pane's list: the column header, then the rows in view with the selection bar.
/// Only the rows on screen are visited, whatever the size of the board.
enum ListView {
    static func draw<ID: Hashable>(
        _ state: AppState, pane: Pane, columns: [PlacedColumn<ID>], header: (ID) -> String,
        into grid: inout CellGrid, rect: Rect,
        item: (_ record: Int, _ columns: [PlacedColumn<ID>], _ x: Int, _ y: Int, _ grid: inout CellGrid) -> Void
    ) {
        guard !rect.isEmpty else { return }
        for column in columns {
            grid.put(header(column.id), x: rect.x + column.x, y: rect.y, maxWidth: column.width, style: Style(.header, .bold))
        }
        let list = state.lists[pane]
        let position = state.positions[pane]
        if list.count == 0 {
            grid.put(emptyListText(state, pane: pane), x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 1, style: Style(.dim))
            return
        }
        let selectedRow = list.items.indices.contains(position.selected) ? list.row(ofItem: position.selected) : -1
        for screenRow in 0..<(rect.height - 1) {
            let row = position.scroll + screenRow
            guard row >= 0, row < list.rowCount else { break }
            let y = rect.y + 1 + screenRow
            switch list.row(row) {
            case .heading(let heading):
                grid.put(headingText(heading, state), x: rect.x, y: y, maxWidth: rect.width, style: Style(.header, .bold))
            case .item(let position):
                item(list.items[position], columns, rect.x, y, &grid)
                if row == selectedRow { grid.emphasize(x: rect.x, y: y, width: rect.width, .reverse) }
            }
        }
    }

    /// "nothing matches" under a filter; on a pane with no records at all, which key adds the
    /// first one (when this board may add it).
    static func emptyListText(_ state: AppState, pane: Pane) -> String {
        let language = state.language
        guard state.total(pane) == 0, pane != .agencies,
              let key = state.keymap.bindings.first(where: { $0.mode == .board && $0.intent == .newRecord })?.keys.first
        else { return UIPhrase.nothingMatches(language) }
        let phrase: UIPhrase = pane == .cases ? .noCasesYet : .noContactsYet
        return phrase(language, ["key": KeyLabel.text(key, language)])
    }

    static func headingText(_ heading: GroupHeading, _ state: AppState) -> String {
        let language = state.language
        switch heading {
        case .usAgencies: return UIPhrase.usAgencies(language)
        case .mexicanAgencies: return UIPhrase.mexicanAgencies(language)
        case .agency(let code):
            guard let agency = state.data.registry.agency(code) else { return code }
            return "\(agency.code) — \(agency.name.text(language))"
        case .post(let post): return post
        case .noPost: return UIPhrase.noPost(language)
        }
    }
}
