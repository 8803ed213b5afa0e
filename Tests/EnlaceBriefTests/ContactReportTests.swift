import EnlaceBrief
import EnlaceModel
import EnlaceText
import Foundation
import Testing

/// The monthly report of contacts with Mexican officials: the month's entries grouped by agency
/// and official, each report's state, the banner over what it holds, the briefs' escaping.
@Suite("Monthly contact report")
struct ContactReportTests {
    /// The sample board with its log.
    static func data() throws -> BoardData {
        var data = try BriefFixture.sample()
        let folder = "sample/log"
        let names = try FileManager.default.contentsOfDirectory(atPath: BriefFixture.fixtures.appendingPathComponent(folder).path)
        data.log = try names.filter { $0.hasSuffix(".json") }.sorted().map { try BriefFixture.decode(LogEntry.self, "\(folder)/\($0)") }
            .sorted { $0.start > $1.start }
        return data
    }

    static func options(_ language: Language = .en, releasable: Bool = false) -> BriefOptions {
        BriefOptions(language: language, releasable: releasable, generatedAt: Timestamp(iso: "2026-12-02T12:00:00Z")!,
                     generatedBy: "jdoe")
    }

    @Test("November's entries only, by agency then official, an entry with two officials under each")
    func grouping() throws {
        let report = ContactReportDocument(month: "2026-11", data: try Self.data(), options: Self.options())
        #expect(report.entries.allSatisfy { $0.start.day.iso.hasPrefix("2026-11") })
        #expect(report.entries.count == 7)
        #expect(report.groups.map(\.agency) == ["FGR", "FGR", "SEDENA", "SEMAR", "UIF", "UIF", "SRE", "SRE"])
        #expect(report.groups.last?.official == nil)
        let uif = report.groups.filter { $0.agency == "UIF" }
        #expect(uif.map { $0.entries.map(\.id) } == [["LOG-2026-0004"], ["LOG-2026-0004"]])
        #expect(report.marking == .red)
    }

    @Test("--releasable keeps only releasable entries and lowers the banner to what they hold")
    func releasable() throws {
        let report = ContactReportDocument(month: "2026-11", data: try Self.data(), options: Self.options(releasable: true))
        #expect(report.entries.allSatisfy { $0.releasableToMexico })
        #expect(report.entries.map(\.id) == ["LOG-2026-0002", "LOG-2026-0006"])
        #expect(report.banner == "TLP:GREEN — RELEASABLE TO MEXICO")
        for format in BriefFormat.allCases {
            let text = try report.rendered(as: format)
            #expect(!text.contains("Kidnapping"), "\(format)")
        }
    }

    @Test("--officer and --agency narrow it; an empty month says so")
    func narrowing() throws {
        let data = try Self.data()
        #expect(ContactReportDocument(month: "2026-11", data: data, officer: "tbeckett", options: Self.options()).entries.map(\.id)
            == ["LOG-2026-0002", "LOG-2026-0006"])
        #expect(ContactReportDocument(month: "2026-11", data: data, agency: "pgr", options: Self.options()).entries.map(\.id)
            == ["LOG-2026-0005", "LOG-2026-0007"])
        let empty = ContactReportDocument(month: "2025-01", data: data, options: Self.options(.es))
        #expect(try empty.rendered(as: .markdown).contains("No se registró ningún contacto este mes."))
    }

    @Test("each report's state as of the day it was made, in words, in both languages")
    func states() throws {
        let data = try Self.data()
        let english = try ContactReportDocument(month: "2026-11", data: data, options: Self.options()).rendered(as: .text)
        #expect(english.contains("3-day report: OVERDUE since 2026-11-24"))
        #expect(english.contains("filed 2026-12-02 (SSPC-UCI-2026-0931)"))
        #expect(english.contains("7 contacts · overdue 2 · filed 4 · none owed 1"))
        #expect(english.split(separator: "\n").allSatisfy { CellWidth.of(String($0)) <= 78 })
        let spanish = try ContactReportDocument(month: "2026-11", data: data, options: Self.options(.es)).rendered(as: .text)
        #expect(spanish.contains("VENCIDO desde 2026-11-24"))
        let json = try ContactReportDocument(month: "2026-11", data: data, options: Self.options()).rendered(as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.count == 7)
        #expect(entries.compactMap { $0["reportState"] as? String }.filter { $0 == "overdue" }.count == 2)
    }

    @Test("hostile text is inert in every format")
    func hostile() throws {
        var data = try Self.data()
        data.log[0].topic = "<script>alert(1)</script> \u{1B}]0;owned\u{07} *bold* [x](http://e)"
        data.log[0].start = Timestamp(iso: "2026-11-30T10:00:00Z")!
        let report = ContactReportDocument(month: "2026-11", data: data, options: Self.options())
        let html = try report.rendered(as: .html)
        #expect(!html.contains("<script>"))
        #expect(HTMLStructure.problems(in: html) == [])
        for format in BriefFormat.allCases {
            let text = try report.rendered(as: format)
            #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"), "\(format)")
        }
        let markdown = try report.rendered(as: .markdown)
        #expect(!markdown.contains("[x](http://e)"))
    }
}
