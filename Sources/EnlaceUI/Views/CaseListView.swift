import EnlaceModel
import EnlaceText

/// The cases list: id, priority, status, marking, lead agency, due date and title. As the
/// list narrows, the marking and the due column take their short labels (`AMBER+S`, `DUE`),
/// then status goes first, then the lead agency, then the marking; the title takes what is
/// left.
enum CaseListView {
    enum Column: Hashable { case id, priority, status, marking, lead, due, title }

    static func columns(_ state: AppState, width: Int) -> [PlacedColumn<Column>] {
        let language = state.language
        func wide(_ header: UIPhrase, _ values: [String]) -> Int { Columns.widest([header(language)] + values) }
        let longestDay = DateText.day(year: 2026, month: 12, day: 30, language)
        return Columns.fit([
            ColumnSpec(id: .id, width: wide(.columnID, ["MX-0000-0000"]), dropOrder: nil),
            ColumnSpec(id: .priority, width: wide(.columnPriority, Priority.allCases.map { $0.phrase(language) }), dropOrder: 4),
            ColumnSpec(id: .status, width: wide(.columnStatus, Status.allCases.map { $0.phrase(language) }), dropOrder: 1),
            ColumnSpec(id: .marking, width: wide(.columnMarking, Marking.allCases.map(\.shortName)), dropOrder: 3,
                       compactWidth: wide(.columnMarking, Marking.allCases.map(\.compactName))),
            ColumnSpec(id: .lead, width: wide(.columnLead, ["SEDENA"]), dropOrder: 2),
            ColumnSpec(id: .due, width: wide(.columnDue, [longestDay]), dropOrder: 5,
                       compactWidth: wide(.columnDueShort, [longestDay])),
            ColumnSpec(id: .title, width: 0, dropOrder: nil, isFlexible: true, minimumWidth: 20),
        ], width: width)
    }

    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let language = state.language
        let cases = state.data.cases
        let placed = columns(state, width: rect.width)
        let compact = Set(placed.filter(\.isCompact).map(\.id))
        // Once a render, not once a row: a phrase costs a catalog lookup.
        let priorityPhrases = Dictionary(uniqueKeysWithValues: Priority.allCases.map { ($0, $0.phrase(language)) })
        let statusPhrases = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, $0.phrase(language)) })
        ListView.draw(state, pane: .cases, columns: placed, header: { column in
            switch column {
            case .id: UIPhrase.columnID(language)
            case .priority: UIPhrase.columnPriority(language)
            case .status: UIPhrase.columnStatus(language)
            case .marking: UIPhrase.columnMarking(language)
            case .lead: UIPhrase.columnLead(language)
            case .due: compact.contains(.due) ? UIPhrase.columnDueShort(language) : UIPhrase.columnDue(language)
            case .title: UIPhrase.columnTitle(language)
            }
        }, into: &grid, rect: rect) { index, columns, x, y, grid in
            let record = cases[index]
            let closed = record.status == .closed
            let base = closed ? Style(.closed) : .normal
            for column in columns {
                let at = x + column.x
                switch column.id {
                case .id: grid.put(record.id, x: at, y: y, maxWidth: column.width, style: base)
                case .priority:
                    grid.put(priorityPhrases[record.priority] ?? "", x: at, y: y, maxWidth: column.width,
                             style: closed ? base : Style(record.priority.role, record.priority >= .high ? .bold : []))
                case .status: grid.put(statusPhrases[record.status] ?? "", x: at, y: y, maxWidth: column.width, style: base)
                case .marking:
                    grid.put(column.isCompact ? record.marking.compactName : record.marking.shortName,
                             x: at, y: y, maxWidth: column.width, style: Style(record.marking.role))
                case .lead: grid.put(record.leadAgency, x: at, y: y, maxWidth: column.width, style: base)
                case .due:
                    if let due = record.due {
                        grid.put(DateText.day(due, language), x: at, y: y, maxWidth: column.width,
                                 style: DueStyle.style(of: record, today: state.today))
                    }
                case .title: grid.put(record.title(language), x: at, y: y, maxWidth: column.width, style: base)
                }
            }
        }
    }
}
