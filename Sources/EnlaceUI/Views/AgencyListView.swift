import EnlaceText

/// The agencies list: U.S. agencies with their counterparts, then the Mexican ones.
enum AgencyListView {
    enum Column: Hashable { case code, name, counterparts }

    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let language = state.language
        let agencies = state.data.registry.agencies
        let columns = Columns.fit([
            ColumnSpec(id: Column.code, width: Columns.widest([UIPhrase.columnCode(language), "COFEPRIS"]), dropOrder: nil),
            ColumnSpec(id: .name, width: 0, dropOrder: nil, isFlexible: true, minimumWidth: 24),
            ColumnSpec(id: .counterparts, width: min(30, max(12, rect.width / 3)), dropOrder: 1),
        ], width: rect.width)
        ListView.draw(state, pane: .agencies, columns: columns, header: { column in
            switch column {
            case .code: UIPhrase.columnCode(language)
            case .name: UIPhrase.columnName(language)
            case .counterparts: UIPhrase.columnCounterparts(language)
            }
        }, into: &grid, rect: rect) { index, columns, x, y, grid in
            let agency = agencies[index]
            for column in columns {
                let at = x + column.x
                switch column.id {
                case .code: grid.put(agency.code, x: at, y: y, maxWidth: column.width, style: Style(.normal, .bold))
                case .name: grid.put(agency.name.text(language), x: at, y: y, maxWidth: column.width)
                case .counterparts:
                    grid.put(agency.counterparts.joined(separator: " "), x: at, y: y, maxWidth: column.width, style: Style(.dim))
                }
            }
        }
    }
}
