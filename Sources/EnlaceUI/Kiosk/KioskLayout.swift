/// Where the wall display's parts go: a header with the clock, two rows of counts, a notice
/// row, the case table, the latest notes, and a status row at the bottom.
struct KioskLayout {
    static let headerRow = 0
    static let statusCountsRow = 1
    static let leadCountsRow = 2
    static let noticeRow = 3
    static let tableHeaderRow = 4
    static let firstCaseRow = 5

    let size: ScreenSize
    /// Lines of notes under the table (without their heading); 0 on a short screen.
    let noteRows: Int
    /// Case rows per page.
    let caseRows: Int

    init(size: ScreenSize) {
        self.size = size
        let available = size.height - KioskLayout.firstCaseRow - 1
        let wanted = size.height >= 40 ? 8 : 3
        // The cases come first: notes only where at least eight case rows remain.
        let notes = available - (wanted + 1) >= 8 ? wanted : 0
        noteRows = notes
        caseRows = max(0, available - (notes > 0 ? notes + 1 : 0))
    }

    var notesHeadingRow: Int { KioskLayout.firstCaseRow + caseRows }
    var statusRow: Int { size.height - 1 }
}
