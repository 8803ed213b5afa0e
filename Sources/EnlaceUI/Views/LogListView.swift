import EnlaceModel
import EnlaceText

/// The liaison log, newest first: when, what kind, the three-day report's state, the topic.
enum LogListView {
    enum Column: Hashable { case start, kind, report, topic, officials }

    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let language = state.language
        let log = state.data.log
        let contacts = state.data.contacts
        let columns = Columns.fit([
            ColumnSpec(id: Column.start, width: 17, dropOrder: nil),
            ColumnSpec(id: .kind, width: Columns.widest([LogPhrase.headerKind(language)] + LogKind.allCases.map { $0.phrase(language) }), dropOrder: 2),
            ColumnSpec(id: .report, width: Columns.widest([
                LogPhrase.headerReport(language), ContactReportState.overdue(Day(year: 2026, month: 12, day: 30)!).phrase(language),
            ]), dropOrder: 3),
            ColumnSpec(id: .topic, width: 0, dropOrder: nil, isFlexible: true, minimumWidth: 16),
            ColumnSpec(id: .officials, width: 22, dropOrder: 1),
        ], width: rect.width)
        ListView.draw(state, pane: .log, columns: columns, header: { column in
            switch column {
            case .start: LogPhrase.headerStart(language)
            case .kind: LogPhrase.headerKind(language)
            case .report: LogPhrase.headerReport(language)
            case .topic: LogPhrase.headerTopic(language)
            case .officials: LogPhrase.headerOfficials(language)
            }
        }, into: &grid, rect: rect) { index, columns, x, y, grid in
            let entry = log[index]
            for column in columns {
                let at = x + column.x
                switch column.id {
                case .start: grid.put(LogEntryWording.minute(entry.start), x: at + 1, y: y, maxWidth: column.width - 1)
                case .kind: grid.put(entry.kind.phrase(language), x: at, y: y, maxWidth: column.width)
                case .report:
                    let report = entry.reportState(today: state.today)
                    grid.put(report.phrase(language), x: at, y: y, maxWidth: column.width, style: LogDetailView.style(of: report))
                case .topic: grid.put(entry.topic(language), x: at, y: y, maxWidth: column.width)
                case .officials:
                    let names = entry.officials.map { id in contacts.first { $0.id == id }?.name ?? id }
                    grid.put(names.joined(separator: ", "), x: at, y: y, maxWidth: column.width, style: Style(.dim))
                }
            }
        }
    }
}
