import EnlaceText

/// The contacts list, in groups by agency or by post (`c`).
enum ContactListView {
    enum Column: Hashable { case name, agency, role, post, lastContact }

    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let language = state.language
        let contacts = state.data.contacts
        let columns = Columns.fit([
            ColumnSpec(id: Column.name, width: 0, dropOrder: nil, isFlexible: true, minimumWidth: 18),
            ColumnSpec(id: .agency, width: Columns.widest([UIPhrase.columnAgency(language), "COFEPRIS"]), dropOrder: 3),
            ColumnSpec(id: .role, width: 22, dropOrder: 2),
            ColumnSpec(id: .post, width: 14, dropOrder: 1),
            ColumnSpec(id: .lastContact, width: Columns.widest([UIPhrase.columnLastContact(language), DateText.day(year: 2026, month: 12, day: 30, language)]), dropOrder: 4),
        ], width: rect.width)
        ListView.draw(state, pane: .contacts, columns: columns, header: { column in
            switch column {
            case .name: UIPhrase.columnName(language)
            case .agency: UIPhrase.columnAgency(language)
            case .role: UIPhrase.columnRole(language)
            case .post: UIPhrase.columnPost(language)
            case .lastContact: UIPhrase.columnLastContact(language)
            }
        }, into: &grid, rect: rect) { index, columns, x, y, grid in
            let contact = contacts[index]
            for column in columns {
                let at = x + column.x
                switch column.id {
                case .name: grid.put(contact.name, x: at + 1, y: y, maxWidth: column.width - 1)
                case .agency: grid.put(contact.agency, x: at, y: y, maxWidth: column.width)
                case .role: grid.put(contact.role, x: at, y: y, maxWidth: column.width, style: Style(.dim))
                case .post: grid.put(contact.post, x: at, y: y, maxWidth: column.width)
                case .lastContact:
                    if let last = contact.lastContact {
                        grid.put(DateText.day(last, language), x: at, y: y, maxWidth: column.width)
                    }
                }
            }
        }
    }
}
