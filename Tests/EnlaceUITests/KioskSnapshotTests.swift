import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

/// The wall display's dashboard, compared with golden files.
@Suite("What the kiosk shows, compared with golden files")
struct KioskSnapshotTests {
    static let now = Timestamp(day: TestBoard.today, hour: 14, minute: 5)

    static func state(
        width: Int = 80, height: Int = 24, language: Language = .en, policy: KioskPolicy = KioskPolicy(),
        notice: KioskNotice? = nil
    ) -> KioskState {
        KioskState(data: TestBoard.data, policy: policy, size: ScreenSize(width: width, height: height),
                   language: language, now: now, notice: notice)
    }

    @Test("the dashboard at 80×24 under the default ceiling: AMBER and RED cases are redacted lines")
    func dashboardAt80x24() {
        let grid = KioskView.render(KioskSnapshotTests.state())
        #expect(grid.text.contains("restricted"))
        #expect(!grid.text.contains("Fentanyl"))
        Snapshot.expect(grid, named: "kiosk-dashboard-80x24")
    }

    @Test("the dashboard at 200×60 up to TLP:AMBER, hostile text made harmless")
    func dashboardAt200x60() {
        let grid = KioskView.render(KioskSnapshotTests.state(width: 200, height: 60, policy: KioskPolicy(ceiling: .amber)))
        #expect(grid.text.contains("Lavado de dinero"))
        #expect(!grid.text.contains("\u{1b}"))
        #expect(!grid.text.contains("Precursor labs"))
        Snapshot.expect(grid, named: "kiosk-dashboard-200x60")
    }

    @Test("the dashboard in Spanish, releasable cases only, with a damaged-file notice")
    func spanishReleasableWithNotice() {
        let grid = KioskView.render(KioskSnapshotTests.state(
            language: .es, policy: KioskPolicy(ceiling: .red, releasableOnly: true),
            notice: .damagedCases(count: 1, firstPath: "cases/MX-2026-0099.json")))
        #expect(grid.text.contains("restringido") == false)
        #expect(grid.text.contains("cases/MX-2026-0099.json"))
        Snapshot.expect(grid, named: "kiosk-dashboard-es-80x24")
    }
}

/// The wall display's data and keys: redaction happens before any view, no key changes data.
@Suite("The kiosk's data, pages and keys")
struct KioskStateTests {
    @Test("a case above the ceiling keeps no title, summary, note or contact")
    func redaction() {
        let data = KioskData(TestBoard.data, policy: KioskPolicy(ceiling: .green))
        let everything = String(describing: data)
        for record in TestBoard.cases where record.marking > .green && record.status != .closed {
            #expect(data.cases.contains { $0.id == record.id && $0.isRestricted })
            #expect(!everything.contains(record.title))
            if !record.summary.isEmpty { #expect(!everything.contains(record.summary)) }
            for note in record.notes { #expect(!everything.contains(note.text)) }
            for contact in record.contacts { #expect(!everything.contains(contact)) }
        }
        #expect(data.cases.contains { $0.id == "MX-2026-0003" && !$0.isRestricted })
    }

    @Test("--releasable keeps only cases and notes releasable to Mexico")
    func releasableOnly() {
        let data = KioskData(TestBoard.data, policy: KioskPolicy(ceiling: .red, releasableOnly: true))
        let releasable = Set(TestBoard.cases.filter { $0.releasableToMexico && $0.status != .closed }.map(\.id))
        #expect(Set(data.cases.map(\.id)) == releasable)
        let open = KioskData(TestBoard.data, policy: KioskPolicy(ceiling: .red))
        #expect(open.notes.contains { $0.text == "SEMAR confirmed the container numbers." })
        let withReleasableCase = TestBoard.cases.filter { $0.releasableToMexico }.flatMap(\.notes)
        #expect(data.notes.allSatisfy { note in withReleasableCase.contains { $0.text == note.text && $0.releasableToMexico } })
    }

    @Test("active cases by priority, then due day, none last; closed cases left out")
    func order() throws {
        let cases = KioskData(TestBoard.data, policy: KioskPolicy(ceiling: .red)).cases
        #expect(!cases.contains { $0.id == "MX-2026-0008" })
        for (a, b) in zip(cases, cases.dropFirst()) {
            let x = try #require(a.shown), y = try #require(b.shown)
            #expect(x.priority >= y.priority)
            if x.priority == y.priority, let dueB = y.due { #expect(x.due.map { $0 <= dueB } ?? false) }
        }
        #expect(cases.first?.id == "MX-2026-0001")
    }

    @Test("restricted cases count nowhere and are listed last by id: no status, lead, overdue or last change comes from them")
    func restrictedCountNowhere() throws {
        let data = KioskData(TestBoard.data, policy: KioskPolicy(ceiling: .green))
        let shown = TestBoard.cases.filter { $0.status != .closed && $0.marking <= .green }
        let restricted = TestBoard.cases.filter { $0.status != .closed && $0.marking > .green }.map(\.id).sorted()
        try #require(!restricted.isEmpty, "the test board has no case above TLP:GREEN")
        #expect(data.statusCounts.map(\.1).reduce(0, +) == shown.count)
        for (lead, count) in data.leadCounts { #expect(count == shown.count { $0.leadAgency == lead }, "\(lead)") }
        #expect(data.lastChange == shown.map(\.updatedAt).max())
        #expect(data.cases.suffix(restricted.count).map(\.id) == restricted)
        #expect(data.cases.suffix(restricted.count).allSatisfy { $0.isRestricted && !$0.isOverdue(on: Day(year: 2099, month: 1, day: 1)!) })
    }

    @Test("pages rotate after --rotate seconds, arrows page by hand and restart the wait")
    func rotation() {
        var state = KioskState(data: TestBoard.data, policy: KioskPolicy(ceiling: .red), size: ScreenSize(width: 60, height: 16),
                               language: .en, now: KioskSnapshotTests.now, rotateSeconds: 10)
        #expect(state.pageCount == 2)
        let start = KioskSnapshotTests.now.secondsSinceEpoch
        state.tick(now: Timestamp(secondsSinceEpoch: start + 9))
        #expect(state.page == 0)
        state.tick(now: Timestamp(secondsSinceEpoch: start + 10))
        #expect(state.page == 1)
        state.tick(now: Timestamp(secondsSinceEpoch: start + 20))
        #expect(state.page == 0)
        if let action = state.keymap.intent(for: .right, in: .board) { _ = state.apply(action) }
        #expect(state.page == 1)
        state.tick(now: Timestamp(secondsSinceEpoch: start + 29))
        #expect(state.page == 1)
        if let action = state.keymap.intent(for: .left, in: .board) { _ = state.apply(action) }
        #expect(state.page == 0)
        #expect(Set(state.casesOnPage.map(\.id)).isDisjoint(with: { var s = state; _ = s.apply(.pageDown); return Set(s.casesOnPage.map(\.id)) }()))
    }

    @Test("no binding of the kiosk's keymap changes data or quits; their keys answer read-only")
    func keymap() {
        let keymap = KioskKeys.keymap()
        #expect(!keymap.bindings.contains { $0.changesData || $0.intent == .quit })
        var state = KioskSnapshotTests.state()
        for key: Key in [.character("q"), .control("c")] {
            let action = keymap.intent(for: key, in: .board)
            #expect(action == .refused(.readOnly))
            if let action { #expect(state.apply(action).isEmpty) }
        }
        #expect(KioskView.render(state).text.contains("read-only display"))
        for binding in Keymap.board.bindings where binding.changesData || binding.intent.isKeptOffTheWallScreen {
            for key in binding.keys where binding.mode == .board {
                #expect(keymap.intent(for: key, in: .board) == .refused(.readOnly))
            }
        }
    }

    @Test("--exit-key is the one key that quits")
    func exitKey() throws {
        let key = try #require(KioskKeys.parse("ctrl-x"))
        #expect(key == .control("x"))
        #expect(KioskKeys.parse("F10") == .function(10))
        #expect(KioskKeys.parse("nonsense") == nil)
        var state = KioskState(data: TestBoard.data, policy: KioskPolicy(), size: ScreenSize(width: 80, height: 24),
                               language: .en, now: KioskSnapshotTests.now, keymap: KioskKeys.keymap(exitKey: key))
        #expect(state.keymap.intent(for: .character("q"), in: .board) == .refused(.readOnly))
        let action = try #require(state.keymap.intent(for: key, in: .board))
        #expect(state.apply(action) == [.quit])
    }

    @Test("overdue due days and those within 7 days stand out")
    func deadlinesHighlighted() throws {
        let state = KioskState(data: TestBoard.data, policy: KioskPolicy(ceiling: .red), size: ScreenSize(width: 120, height: 40),
                               language: .en, now: KioskSnapshotTests.now)
        let grid = KioskView.render(state)
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        func roles(of id: String) throws -> Set<StyleRole> {
            let y = try #require(rows.firstIndex { $0.contains(id) })
            return Set((0..<grid.width).map { grid[$0, y].style.role })
        }
        #expect(try roles(of: "MX-2026-0001").contains(.overdue))
        #expect(try roles(of: "MX-2026-0004").contains(.dueSoon))
        #expect(!(try roles(of: "MX-2026-0009")).contains(.overdue))
        #expect(!(try roles(of: "MX-2026-0009")).contains(.dueSoon))
    }

    @Test("a failed reload keeps the last data and shows why; good data clears the notice")
    func notices() {
        var state = KioskSnapshotTests.state()
        let before = state.data
        state.report(.unavailable(english: "not a data directory", spanish: "no es un directorio de datos"))
        #expect(state.data == before)
        #expect(KioskView.render(state).text.contains("Data unavailable: not a data directory"))
        _ = state.apply(.dataChanged(TestBoard.data))
        #expect(state.notice == nil)
    }
}
