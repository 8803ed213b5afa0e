import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

/// The fourth pane: the liaison log newest first, its three-day reports, its links, and the
/// entries a case or a contact shows.
@Suite("The log pane")
struct LogPaneTests {
    static func entry(
        _ number: Int, _ start: String, kind: LogKind = .meeting, officials: [String], cases: [String] = [],
        topic: String, report: ContactReport? = nil
    ) -> LogEntry {
        LogEntry(
            id: "LOG-2026-000\(number)", kind: kind, start: TestBoard.at(start), post: "Mexico City", officers: ["jdoe"],
            officials: officials, agencies: ["FGR"], cases: cases, topic: topic, topicEs: "Tema \(number)",
            summary: "Summary \(number)", report: report, createdAt: TestBoard.at(start), createdBy: "jdoe")
    }

    /// Today is 2026-11-29: one report overdue, one due, one filed, one owed by nobody.
    static let log = [
        entry(4, "2026-11-28T16:00:00Z", kind: .call, officials: ["C-0001"], cases: ["MX-2026-0001"], topic: "Call on the precursor shipment"),
        entry(3, "2026-11-20T16:00:00Z", kind: .event, officials: [], topic: "Bicentennial working group"),
        entry(2, "2026-11-18T16:00:00Z", officials: ["C-0001"], cases: ["MX-2026-0001", "MX-2026-0002"], topic: "Meeting at FGR"),
        entry(1, "2026-11-10T16:00:00Z", officials: ["C-0003"], topic: "Naval liaison",
              report: ContactReport(filedOn: TestBoard.day("2026-11-12"), acknowledgement: "SRE-77")),
    ]

    static func state(width: Int = 120, height: Int = 30, language: Language = .en) -> AppState {
        var data = TestBoard.data
        data.log = log
        return AppState(data: data, size: ScreenSize(width: width, height: height), language: language, today: TestBoard.today)
    }

    static func text(_ state: AppState) -> String { BoardView.render(state).text }

    @Test("4 shows the log newest first, each report's state in words, overdue ones marked")
    func listsNewestFirst() {
        var state = Self.state()
        _ = press([.character("4")], &state)
        #expect(state.pane == Pane.log)
        #expect(state.lists.log.items.map { state.data.log[$0].id } == ["LOG-2026-0004", "LOG-2026-0003", "LOG-2026-0002", "LOG-2026-0001"])
        let screen = Self.text(state)
        #expect(screen.contains("4 Log 4"))
        #expect(screen.contains("due 2026-12-01"))
        #expect(screen.contains("OVERDUE since 2026-11-21"))
        #expect(screen.contains("filed 2026-11-12"))
        #expect(screen.contains("SRE-77") == false)  // the acknowledgement is the detail's
    }

    @Test("the filter narrows the log: overdue, a free word, an agency")
    func filter() {
        var state = Self.state()
        _ = press([.character("4"), .character("/")], &state)
        type("overdue", &state)
        #expect(state.lists.log.items.map { state.data.log[$0].id } == ["LOG-2026-0002"])
        _ = press([.escape], &state)
        _ = press([.character("/")], &state)
        type("naval", &state)
        #expect(state.lists.log.items.map { state.data.log[$0].id } == ["LOG-2026-0001"])
    }

    @Test("an entry's detail links its officials and cases; Enter follows them")
    func detailLinks() {
        var state = Self.state()
        _ = press([.character("4"), .character("j"), .character("j")], &state)
        #expect(state.selectedLogEntry?.id == "LOG-2026-0002")
        #expect(state.detailLinks == [LinkTarget.contact("C-0001"), .caseRecord("MX-2026-0001"), .caseRecord("MX-2026-0002")])
        let screen = Self.text(state)
        #expect(screen.contains("María José Peña Ávila"))
        #expect(screen.contains("OVERDUE since 2026-11-21"))
        // The cursor starts on the first link, the official.
        _ = press([.character("]"), .enter], &state)
        #expect(state.pane == Pane.cases)
        #expect(state.selectedCase?.id == "MX-2026-0001")
    }

    @Test("a case's and a contact's detail list the entries that name them, and lead to the log")
    func entriesOfCaseAndContact() throws {
        var state = Self.state()
        while state.selectedCase?.id != "MX-2026-0001" { _ = press([.character("j")], &state) }
        let caseLinks = state.detailLinks.filter { if case .logEntry = $0 { true } else { false } }
        #expect(caseLinks == [LinkTarget.logEntry("LOG-2026-0004"), .logEntry("LOG-2026-0002")])
        _ = press([.character("3")], &state)
        while state.selectedContact?.id != "C-0001" { _ = press([.character("j")], &state) }
        let links = state.detailLinks.filter { if case .logEntry = $0 { true } else { false } }
        #expect(links == [LinkTarget.logEntry("LOG-2026-0004"), .logEntry("LOG-2026-0002")])
        #expect(Self.text(state).contains("Log (2)"))
        let cursor = try #require(state.detailLinks.firstIndex(of: LinkTarget.logEntry("LOG-2026-0002")))
        for _ in 0..<cursor { _ = press([.character("]")], &state) }
        _ = press([.enter], &state)
        #expect(state.pane == Pane.log)
        #expect(state.selectedLogEntry?.id == "LOG-2026-0002")
    }

    @Test("the log pane at 80×24 and 120×30, in both languages", arguments: [Language.en, .es])
    func snapshots(language: Language) {
        for (width, height) in [(80, 24), (120, 30)] {
            var state = Self.state(width: width, height: height, language: language)
            _ = press([.character("4"), .character("j"), .character("j")], &state)
            Snapshot.expect(BoardView.render(state), named: "log-pane-\(width)x\(height)-\(language.rawValue)")
        }
    }
}
