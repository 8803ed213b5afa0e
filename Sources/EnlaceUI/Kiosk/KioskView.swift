import EnlaceModel
import EnlaceText

/// The wall display, drawn from `KioskState`: meant to be read across a room, so the table is
/// short on columns and deadlines stand out. Pure: the same state gives the same grid.
public enum KioskView {
    public static func render(_ state: KioskState) -> CellGrid {
        var grid = CellGrid(width: state.size.width, height: state.size.height)
        if state.size.isTooSmall {
            drawTooSmall(state, into: &grid)
            return grid
        }
        let layout = KioskLayout(size: state.size)
        drawHeader(state, into: &grid)
        drawCounts(state, into: &grid)
        drawNotice(state, into: &grid)
        drawTable(state, layout: layout, into: &grid)
        if layout.noteRows > 0 { drawNotes(state, layout: layout, into: &grid) }
        drawStatus(state, layout: layout, into: &grid)
        return grid
    }

    static func clock(_ time: Timestamp, _ language: Language) -> String {
        let seconds = time.secondsSinceEpoch - Int64(time.day.daysSinceEpoch) * 86_400
        let hour = Int(seconds / 3600), minute = Int(seconds % 3600 / 60)
        let hhmm = (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
        return DateText.day(time.day, language) + " " + KioskPhrase.clock(language, ["time": hhmm])
    }

    private static func drawHeader(_ state: KioskState, into grid: inout CellGrid) {
        let language = state.language
        let y = KioskLayout.headerRow
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: Style(.title))
        let time = clock(state.now, language)
        let timeX = grid.putRightAligned(time, right: grid.width - 1, y: y, maxWidth: grid.width / 2, style: Style(.title, .bold))
        grid.put(KioskPhrase.title(language), x: 1, y: y, maxWidth: max(0, timeX - 3), style: Style(.title, .bold))
    }

    private static func drawCounts(_ state: KioskState, into grid: inout CellGrid) {
        let language = state.language
        let end = grid.width - 1
        var y = KioskLayout.statusCountsRow
        var x = 1
        x += grid.put(KioskPhrase.byStatus(language) + ":", x: x, y: y, maxWidth: end - x, style: Style(.header, .bold))
        for (status, count) in state.data.statusCounts {
            x += 2
            x += grid.put(status.phrase(language) + " " + String(count), x: x, y: y, maxWidth: max(0, end - x), style: .normal)
        }
        let today = state.today
        let overdue = state.data.cases.count { $0.isOverdue(on: today) }
        let soon = state.data.cases.count { $0.isDueSoon(on: today) }
        x += 3
        x += grid.put(KioskPhrase.overdueCount(language, ["count": String(overdue)]), x: x, y: y, maxWidth: max(0, end - x),
                      style: overdue > 0 ? Style(.overdue, .bold) : .normal)
        x += 2
        x += grid.put(KioskPhrase.dueSoonCount(language, ["count": String(soon)]), x: x, y: y, maxWidth: max(0, end - x),
                      style: soon > 0 ? Style(.dueSoon, .bold) : .normal)
        let reportsOverdue = state.data.overdueReports(on: today)
        if reportsOverdue > 0 {
            x += 3
            grid.put(LogPhrase.kioskReportsOverdue(language, ["count": String(reportsOverdue)]), x: x, y: y,
                     maxWidth: max(0, end - x), style: Style(.overdue, .bold))
        }

        y = KioskLayout.leadCountsRow
        x = 1
        x += grid.put(KioskPhrase.byLead(language) + ":", x: x, y: y, maxWidth: end - x, style: Style(.header, .bold))
        for (agency, count) in state.data.leadCounts {
            let text = agency + " " + String(count)
            guard x + 2 + CellWidth.of(SafeText.line(text)) <= end else { break }
            x += 2
            x += grid.put(text, x: x, y: y, style: .normal)
        }
    }

    /// The row under the counts: why the data may be stale on the left, the answer to the
    /// last key ("read-only display") on the right.
    private static func drawNotice(_ state: KioskState, into grid: inout CellGrid) {
        let y = KioskLayout.noticeRow
        let end = grid.width - 1
        var messageX = end
        if let message = state.message {
            messageX = grid.putRightAligned(message(state.language), right: end, y: y, maxWidth: end - 1, style: Style(.warning, [.bold, .reverse]))
        }
        guard let notice = state.notice else { return }
        grid.fill(x: 0, y: y, width: max(0, messageX - 1), height: 1, style: Style(.error))
        grid.put("! " + notice.message(state.language), x: 1, y: y, maxWidth: max(0, messageX - 3), style: Style(.error, .bold))
    }

    enum Column: Hashable { case priority, due, id, status, lead, marking, title }

    static func columns(_ state: KioskState, width: Int) -> [PlacedColumn<Column>] {
        let language = state.language
        func wide(_ header: UIPhrase, _ values: [String]) -> Int { Columns.widest([header(language)] + values) }
        return Columns.fit([
            ColumnSpec(id: .priority, width: wide(.columnPriority, Priority.allCases.map { $0.phrase(language) }), dropOrder: 4),
            ColumnSpec(id: .due, width: wide(.columnDue, [DateText.day(year: 2026, month: 12, day: 30, language)]), dropOrder: 5),
            ColumnSpec(id: .id, width: wide(.columnID, ["MX-0000-0000"]), dropOrder: nil),
            ColumnSpec(id: .status, width: wide(.columnStatus, Status.allCases.map { $0.phrase(language) }), dropOrder: 1),
            ColumnSpec(id: .lead, width: wide(.columnLead, ["SEDENA"]), dropOrder: 2),
            ColumnSpec(id: .marking, width: wide(.columnMarking, Marking.allCases.map(\.shortName)), dropOrder: 3),
            ColumnSpec(id: .title, width: 0, dropOrder: nil, isFlexible: true, minimumWidth: 20),
        ], width: width)
    }

    private static func drawTable(_ state: KioskState, layout: KioskLayout, into grid: inout CellGrid) {
        let language = state.language
        let placed = columns(state, width: grid.width - 2)
        let headerY = KioskLayout.tableHeaderRow
        grid.fill(x: 0, y: headerY, width: grid.width, height: 1, style: Style(.header))
        for column in placed {
            let title: UIPhrase = switch column.id {
            case .priority: .columnPriority
            case .due: .columnDue
            case .id: .columnID
            case .status: .columnStatus
            case .lead: .columnLead
            case .marking: .columnMarking
            case .title: .columnTitle
            }
            let text = column.id == .title
                ? KioskPhrase.activeCases(language) + " (" + String(state.data.cases.count) + ")"
                : title(language)
            grid.put(text, x: 1 + column.x, y: headerY, maxWidth: column.width, style: Style(.header, .bold))
        }
        guard !state.data.cases.isEmpty else {
            grid.put(KioskPhrase.noActiveCases(language), x: 1, y: KioskLayout.firstCaseRow, maxWidth: grid.width - 2, style: Style(.placeholder))
            return
        }
        let today = state.today
        for (row, record) in state.casesOnPage.enumerated() {
            let y = KioskLayout.firstCaseRow + row
            for column in placed {
                let x = 1 + column.x
                guard let shown = record.shown else {
                    // Above the ceiling: the id and the one word, nothing else of the case.
                    if column.id == .id { grid.put(record.id, x: x, y: y, maxWidth: column.width, style: Style(.dim)) }
                    if column.id == .title {
                        grid.put(KioskPhrase.restricted(language), x: x, y: y, maxWidth: column.width, style: Style(.dim))
                    }
                    continue
                }
                switch column.id {
                case .priority:
                    grid.put(shown.priority.phrase(language), x: x, y: y, maxWidth: column.width,
                             style: Style(shown.priority.role, shown.priority >= .high ? .bold : []))
                case .due:
                    guard let due = shown.due else { continue }
                    let style = record.isOverdue(on: today) ? Style(.overdue, [.bold, .reverse])
                        : record.isDueSoon(on: today) ? Style(.dueSoon, .bold) : Style.normal
                    grid.put(DateText.day(due, language), x: x, y: y, maxWidth: column.width, style: style)
                case .id: grid.put(record.id, x: x, y: y, maxWidth: column.width, style: Style(.normal, .bold))
                case .status: grid.put(shown.status.phrase(language), x: x, y: y, maxWidth: column.width)
                case .lead: grid.put(shown.leadAgency, x: x, y: y, maxWidth: column.width)
                case .marking: grid.put(shown.marking.shortName, x: x, y: y, maxWidth: column.width, style: Style(shown.marking.role))
                case .title:
                    let title = language == .es && !(shown.titleEs ?? "").isEmpty ? (shown.titleEs ?? shown.title) : shown.title
                    grid.put(title, x: x, y: y, maxWidth: column.width)
                }
            }
        }
    }

    private static func drawNotes(_ state: KioskState, layout: KioskLayout, into grid: inout CellGrid) {
        let language = state.language
        let headingY = layout.notesHeadingRow
        grid.fill(x: 0, y: headingY, width: grid.width, height: 1, style: Style(.header))
        grid.put(KioskPhrase.recentNotes(language), x: 1, y: headingY, maxWidth: grid.width - 2, style: Style(.header, .bold))
        guard !state.data.notes.isEmpty else {
            grid.put(KioskPhrase.noNotes(language), x: 1, y: headingY + 1, maxWidth: grid.width - 2, style: Style(.placeholder))
            return
        }
        for (row, note) in state.data.notes.prefix(layout.noteRows).enumerated() {
            let y = headingY + 1 + row
            var x = 1
            x += grid.put(DateText.day(note.at, language), x: x, y: y, maxWidth: grid.width - 2, style: Style(.dim))
            x += 1
            x += grid.put(note.caseID, x: x, y: y, maxWidth: max(0, grid.width - 1 - x), style: Style(.normal, .bold))
            x += 1
            x += grid.put(note.author + ":", x: x, y: y, maxWidth: max(0, grid.width - 1 - x), style: Style(.dim))
            x += 1
            grid.put(note.text, x: x, y: y, maxWidth: max(0, grid.width - 1 - x))
        }
    }

    private static func drawStatus(_ state: KioskState, layout: KioskLayout, into grid: inout CellGrid) {
        let language = state.language
        let y = layout.statusRow
        let end = grid.width - 1
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: Style(.statusBar))
        var parts = [
            state.data.lastChange.map { KioskPhrase.lastChange(language, ["time": clock($0, language)]) } ?? KioskPhrase.noChangeYet(language),
            KioskPhrase.page(language, ["page": String(state.page + 1), "pages": String(state.pageCount)]),
            KioskPhrase.ceiling(language, ["marking": state.policy.ceiling.rawValue]),
        ]
        if state.policy.releasableOnly { parts.append(KioskPhrase.releasableOnly(language)) }
        var x = 1
        x += grid.put(UIPhrase.readOnlyBadge(language), x: x, y: y, maxWidth: end - x, style: Style(.warning, [.bold, .reverse]))
        for part in parts {
            x += 2
            x += grid.put(part, x: x, y: y, maxWidth: max(0, end - x), style: Style(.statusBar, .bold))
        }
    }

    private static func drawTooSmall(_ state: KioskState, into grid: inout CellGrid) {
        let message = UIPhrase.terminalTooSmall(state.language, [
            "width": String(ScreenSize.minimum.width), "height": String(ScreenSize.minimum.height),
        ])
        for (row, line) in WordWrap.lines(message, width: max(1, grid.width - 2)).enumerated() {
            grid.put(line, x: 1, y: row, style: Style(.warning, .bold))
        }
    }
}
