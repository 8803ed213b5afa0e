import EnlaceModel
import Foundation
import Testing

/// A log entry's three-day report and its rules, as an officer and the official see them.
@Suite("Liaison log entries")
struct LogEntryTests {
    static func entry(
        at start: String = "2026-12-01T16:00:00Z", officials: [String] = ["C-0004"], report: ContactReport? = nil
    ) -> LogEntry {
        LogEntry(
            id: "LOG-2026-0001", kind: .meeting, start: Timestamp(iso: start)!, officers: ["jdoe"], officials: officials,
            agencies: ["FGR"], cases: ["MX-2026-0001"], topic: "Precursor container", report: report,
            createdAt: Timestamp(iso: "2026-12-01T18:00:00Z")!, createdBy: "jdoe")
    }

    @Test("the report is due three calendar days after the contact's day, and overdue after that")
    func reportDue() {
        let entry = Self.entry()
        #expect(entry.reportDue == TestData.day("2026-12-04"))
        #expect(entry.reportState(today: TestData.day("2026-12-01")) == .due(TestData.day("2026-12-04")))
        #expect(entry.reportState(today: TestData.day("2026-12-04")) == .due(TestData.day("2026-12-04")))
        #expect(entry.reportState(today: TestData.day("2026-12-05")) == .overdue(TestData.day("2026-12-04")))
        // Late in the day, UTC: the day is the contact's day as every day on the board.
        #expect(Self.entry(at: "2026-12-31T23:30:00Z").reportDue == TestData.day("2027-01-03"))
    }

    @Test("a confirmed report is confirmed whenever it is asked; without an official none is owed")
    func reportConfirmedOrNotOwed() {
        let report = ContactReport(filedOn: TestData.day("2026-12-03"), acknowledgement: "SRE-77")
        #expect(Self.entry(report: report).reportState(today: TestData.day("2027-02-01")) == .confirmed(report))
        let alone = Self.entry(officials: [])
        #expect(alone.reportDue == nil)
        #expect(alone.reportState(today: TestData.day("2027-02-01")) == .notRequired)
        #expect(alone.reportState(today: TestData.day("2027-02-01")).keyword == "none")
    }

    @Test("a file's fields read back as written, unknown fields kept, optional ones defaulted")
    func codable() throws {
        var entry = Self.entry(report: ContactReport(filedOn: TestData.day("2026-12-02")))
        entry.end = Timestamp(iso: "2026-12-01T17:00:00Z")
        entry.topicEs = "Contenedor de precursores"
        entry.followUps = ["Send the manifest"]
        let encoded = try JSONEncoder().encode(entry)
        #expect(try JSONDecoder().decode(LogEntry.self, from: encoded) == entry)
        let minimal = """
            {"id": "LOG-2026-0002", "kind": "video-call", "start": "2026-11-03T15:00:00Z", "topic": "Call",
             "marking": "TLP:GREEN", "version": 1, "createdAt": "2026-11-03T16:00:00Z", "createdBy": "jdoe",
             "futureField": {"x": 1}}
            """
        let decoded = try JSONDecoder().decode(LogEntry.self, from: Data(minimal.utf8))
        #expect(decoded.kind == .videoCall)
        #expect(decoded.officials.isEmpty && decoded.report == nil && !decoded.releasableToMexico)
        #expect(decoded.updatedBy == "jdoe")
        let again = String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self)
        #expect(again.contains("futureField"))
    }

    @Test("the validator names each broken rule by its field")
    func validation() {
        let registry = TestData.registry
        #expect(LogEntryValidator.validate(Self.entry(), registry: registry, contactIDs: ["C-0004"]).isEmpty)
        var broken = Self.entry(report: ContactReport(filedOn: TestData.day("2026-11-30")))
        broken.id = "LOG-26-1"
        broken.topic = "  "
        broken.officers = []
        broken.officials = ["C-0004", "C-0099", "bogus"]
        broken.agencies = ["XYZ"]
        broken.cases = ["case one"]
        broken.end = Timestamp(iso: "2026-12-01T15:00:00Z")
        let fields = LogEntryValidator.validate(broken, registry: registry, contactIDs: ["C-0004"]).map(\.field)
        #expect(fields == ["id", "topic", "officers", "officials", "officials", "agencies", "cases", "end", "report.filedOn"])
    }

    @Test("log ids are LOG, a year and four digits or more")
    func identifiers() {
        #expect(IdentifierFormat.isLogID("LOG-2026-0001"))
        #expect(IdentifierFormat.isLogID("LOG-2026-12345"))
        #expect(!IdentifierFormat.isLogID("LOG-2026-001"))
        #expect(!IdentifierFormat.isLogID("LOG-20260-0001"))
        #expect(!IdentifierFormat.isLogID("log-2026-0001"))
        #expect(!IdentifierFormat.isLogID("LOG-2026-00a1"))
    }

    @Test("queries find log entries by word, kind, report state, official, agency and marking, in both languages")
    func queries() throws {
        let context = QueryContext(registry: TestData.registry, today: TestData.day("2026-12-05"))
        let overdue = Self.entry()
        var confirmed = Self.entry(officials: ["C-0007"], report: ContactReport(filedOn: TestData.day("2026-12-02")))
        confirmed.kind = .videoCall
        confirmed.marking = .green
        let alone = Self.entry(officials: [])
        func matching(_ text: String) throws -> [Int] {
            let query = try Query.parse(text, registry: TestData.registry)
            return [overdue, confirmed, alone].indices.filter { query.matches([overdue, confirmed, alone][$0], context) }
        }
        #expect(try matching("precursor") == [0, 1, 2])
        #expect(try matching("kind:meeting") == [0, 2])
        #expect(try matching("tipo:videollamada") == [1])
        #expect(try matching("kind:\"video call\"") == [1])
        #expect(try matching("report:overdue") == [0])
        #expect(try matching("informe:confirmado,ninguno") == [1, 2])
        #expect(try matching("overdue") == [0])
        #expect(try matching("official:c-0007") == [1])
        #expect(try matching("with:C-0004") == [0])
        #expect(try matching("-con:C-0004") == [1, 2])
        #expect(try matching("agency:PGR") == [0, 1, 2])
        #expect(try matching("marking:green") == [1])
        #expect(throws: QueryError.self) { try Query.parse("report:someday") }
        // Log fields do not match cases.
        #expect(try !Query.parse("kind:meeting").matches(TestData.makeCase(), context))
    }
}
