import EnlaceModel
import Testing
@testable import EnlaceUI

@Suite("Which history entries are undos")
struct HistoryLineTests {
    func line(_ version: Int, _ user: String, _ from: String, _ to: String) -> HistoryLine {
        HistoryLine(at: TestBoard.at("2026-11-28T16:42:00Z"), user: user, version: version, change: .fields(["due"]),
                    values: [HistoryValue(field: "due", from: from, to: to)])
    }

    @Test("a change that puts back what an officer's earlier change replaced undoes that version")
    func undo() {
        let marked = HistoryLine.markingUndos([line(3, "ana", "2026-12-20", "2026-12-01"), line(2, "ana", "2026-12-01", "2026-12-20")])
        #expect(marked.map(\.undoes) == [2, nil])
    }

    @Test("successive undos take back successive changes, newest first")
    func successiveUndos() {
        let marked = HistoryLine.markingUndos([
            line(5, "ana", "b", "a"), line(4, "ana", "c", "b"), line(3, "ana", "b", "c"), line(2, "ana", "a", "b"),
        ])
        #expect(marked.map(\.undoes) == [2, 3, nil, nil])
    }

    @Test("another officer putting a value back is a change, not an undo")
    func otherOfficer() {
        let marked = HistoryLine.markingUndos([line(3, "beto", "2026-12-20", "2026-12-01"), line(2, "ana", "2026-12-01", "2026-12-20")])
        #expect(marked.map(\.undoes) == [nil, nil])
    }
}
