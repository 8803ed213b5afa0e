import EnlaceBrief
import EnlaceModel
import EnlaceText
import Testing

@Suite("Brief file names")
struct BriefFileNameTests {
    @Test("a name made from data keeps only letters, digits, dot, dash and underscore, and never starts with a dot",
          arguments: [
              ("MX-2026-0042", "MX-2026-0042"),
              ("../../etc/passwd", "_._.._etc_passwd"),
              (".hidden", "_hidden"),
              ("..", "_."),
              ("", "brief"),
              ("MX 2026/0042\u{1B}[2J", "MX_2026_0042__2J"),
              ("Fiscalía", "Fiscal_a"),
              ("caso\u{202E}gpj.exe", "caso_gpj.exe"),
          ])
    func sanitized(input: String, expected: String) {
        #expect(BriefFileName.sanitized(input) == expected)
    }

    @Test("a very long id gives a name short enough for any file system")
    func long() {
        #expect(BriefFileName.sanitized(String(repeating: "A", count: 5000)).utf8.count <= 120)
    }

    @Test("the export names a brief after its case, language, releasability and format")
    func suggested() throws {
        let data = try BriefFixture.sample()
        let one = try BriefDocument(
            cases: BriefFixture.records(["MX-2026-0001"], in: data), data: data, options: BriefFixture.options(.es, releasable: true))
        #expect(BriefFileName.suggested(for: one, format: .html) == "MX-2026-0001.releasable.es.html")
        let several = try BriefDocument(
            cases: BriefFixture.records(["MX-2026-0001", "MX-2026-0003"], in: data), data: data, options: BriefFixture.options(.en))
        #expect(BriefFileName.suggested(for: several, format: .text) == "briefs-2026-11-29-2-cases.en.txt")
        #expect(BriefFileName.numbered("MX-2026-0001.es.md", 3) == "MX-2026-0001-3.es.md")
    }

    @Test("a hostile case id cannot steer the export out of its directory")
    func hostileID() throws {
        let data = try BriefFixture.sample()
        var record = try #require(data.cases.first)
        record.id = "../../.ssh/authorized_keys"
        let document = try BriefDocument(cases: [record], data: data, options: BriefFixture.options(.en))
        let name = BriefFileName.suggested(for: document, format: .markdown)
        #expect(!name.contains("/") && !name.hasPrefix("."))
    }
}
