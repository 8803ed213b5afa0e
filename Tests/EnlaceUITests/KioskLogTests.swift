import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

/// The wall display counts overdue three-day reports under its ceiling and releasable filter,
/// and shows nothing of the entries themselves.
@Suite("Overdue three-day reports on the wall display")
struct KioskLogTests {
    /// On 2026-11-29: entries 1 (AMBER) and 2 (GREEN, releasable) overdue, 3 due, 4 filed.
    static var data: BoardData {
        var data = TestBoard.data
        func entry(_ number: Int, _ start: String, _ marking: Marking, releasable: Bool = false, filed: String? = nil) -> LogEntry {
            LogEntry(
                id: "LOG-2026-000\(number)", kind: .call, start: TestBoard.at(start), officers: ["jdoe"], officials: ["C-0001"],
                topic: "Secret topic \(number)", marking: marking, releasableToMexico: releasable,
                report: filed.map { ContactReport(filedOn: TestBoard.day($0)) }, createdAt: TestBoard.at(start), createdBy: "jdoe")
        }
        data.log = [
            entry(1, "2026-11-20T10:00:00Z", .amber),
            entry(2, "2026-11-21T10:00:00Z", .green, releasable: true),
            entry(3, "2026-11-28T10:00:00Z", .green),
            entry(4, "2026-11-10T10:00:00Z", .green, filed: "2026-11-12"),
        ]
        return data
    }

    @Test("only reports the display may count: under the ceiling, releasable with --releasable, still owed, past due",
          arguments: [
              (KioskPolicy(ceiling: .green), 1),
              (KioskPolicy(ceiling: .amber), 2),
              (KioskPolicy(ceiling: .red, releasableOnly: true), 1),
              (KioskPolicy(ceiling: .clear), 0),
          ])
    func counts(policy: KioskPolicy, overdue: Int) {
        #expect(KioskData(Self.data, policy: policy).overdueReports(on: TestBoard.today) == overdue)
    }

    @Test("the count stands beside the case counts, and no entry's text reaches the wall")
    func shown() {
        let state = KioskState(data: Self.data, policy: KioskPolicy(ceiling: .amber), size: ScreenSize(width: 160, height: 40),
                               language: .en, now: KioskSnapshotTests.now)
        let screen = KioskView.render(state).text
        #expect(screen.contains("3-day reports overdue: 2"))
        #expect(!screen.contains("Secret topic"))
        let none = KioskState(data: TestBoard.data, policy: KioskPolicy(ceiling: .amber), size: ScreenSize(width: 160, height: 40),
                              language: .en, now: KioskSnapshotTests.now)
        #expect(!KioskView.render(none).text.contains("3-day reports"))
    }
}
