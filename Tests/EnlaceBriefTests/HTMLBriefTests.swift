import EnlaceBrief
import EnlaceModel
import EnlaceText
import Foundation
import Testing

/// The HTML brief parses as HTML5 without a single parse error, holds only our markup, and
/// shows every hostile data text as text.
@Suite("HTML brief")
struct HTMLBriefTests {
    struct Parsed: Decodable {
        var errors: [String]
        var tags: [String]
        var attributes: [String]
        var hrefs: [String]
        var text: String
    }

    static let script = """
        import sys, json, html5lib
        document = sys.stdin.read()
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        try:
            tree = parser.parse(document)
        except Exception as error:
            print(json.dumps({"errors": [repr(error)] + [str(e) for e in parser.errors],
                              "tags": [], "attributes": [], "hrefs": [], "text": ""}))
            sys.exit(0)
        elements = list(tree.iter())
        print(json.dumps({
            "errors": [str(e) for e in parser.errors],
            "tags": sorted({e.tag for e in elements}),
            "attributes": sorted({name for e in elements for name in e.attrib}),
            "hrefs": [e.attrib["href"] for e in elements if "href" in e.attrib],
            "text": "".join(tree.find("body").itertext()),
        }))
        """

    static let allowedTags: Set<String> = HTMLStructure.knownElements

    /// The documents under test: the rich sample case, the releasable one, and the hostile board.
    static func documents() throws -> [(String, String, [Case])] {
        let sample = try BriefFixture.sample()
        let hostile = try BriefFixture.hostile()
        let hostileIDs = ["MX-2026-0801", "MX-2026-0803"]
        var documents: [(String, String, [Case])] = []
        for language in Language.allCases {
            documents.append(("sample \(language)", try BriefFixture.render(["MX-2026-0001", "MX-2026-0010"], in: sample, .html, language),
                              try BriefFixture.records(["MX-2026-0001", "MX-2026-0010"], in: sample)))
            documents.append(("hostile \(language)", try BriefFixture.render(hostileIDs, in: hostile, .html, language),
                              try BriefFixture.records(hostileIDs, in: hostile)))
        }
        return documents
    }

    @Test("the HTML is well formed by a strict reading: known tags, nested and closed, no raw < > & in data")
    func strictStructure() throws {
        for (name, html, _) in try Self.documents() {
            #expect(HTMLStructure.problems(in: html) == [], "\(name)")
        }
    }

    @Test("the strict reading catches unescaped data (so the check above can fail)")
    func strictStructureCatchesRawData() throws {
        let (_, html, _) = try #require(try Self.documents().first)
        let broken = html.replacingOccurrences(of: "<dd>activo</dd>", with: "<dd><script>x</script> a & b</dd>")
            .replacingOccurrences(of: "<dd>active</dd>", with: "<dd><script>x</script> a & b</dd>")
        #expect(HTMLStructure.problems(in: broken) != [])
    }

    @Test("html5lib parses the HTML as HTML5 with no parse error and only our markup",
          .enabled(if: Python.has("html5lib"), "needs python3 -m pip install html5lib"))
    func html5Parse() throws {
        for (name, html, records) in try Self.documents() {
            let result = try Python.run(Self.script, input: html)
            try #require(result.status == 0, "html5lib failed: \(result.errors)")
            let parsed = try JSONDecoder().decode(Parsed.self, from: Data(result.output.utf8))
            #expect(parsed.errors == [], "\(name)")
            #expect(Set(parsed.tags).isSubset(of: Self.allowedTags), "\(name): \(Set(parsed.tags).subtracting(Self.allowedTags))")
            #expect(Set(parsed.attributes).isSubset(of: HTMLStructure.knownAttributes), "\(name)")
            #expect(parsed.hrefs.allSatisfy { $0.hasPrefix("#case-") }, "\(name): \(parsed.hrefs)")
            // Every data text shows as text (made safe), in whichever language the brief chose.
            for record in records {
                for text in [record.id, record.nextAction] + record.notes.map(\.text) {
                    for line in SafeText.lines(text) {
                        #expect(parsed.text.contains(line), "\(name): \(line.debugDescription) is not shown as text")
                    }
                }
            }
        }
    }

    @Test("the HTML is self-contained and prints on Letter and A4")
    func selfContained() throws {
        for (name, html, _) in try Self.documents() {
            #expect(html.contains("<meta charset=\"utf-8\">"), "\(name)")
            #expect(html.contains("<html lang=\"en\">") || html.contains("<html lang=\"es-MX\">"), "\(name)")
            for outside in ["http:", "https:", "src=", "@import", "url(", "<link", "<script"] {
                #expect(!html.contains(outside), "\(name) reaches out: \(outside)")
            }
            #expect(html.contains("@media print"), "\(name)")
            #expect(html.contains("@page { margin:"), "\(name)")
            // No fixed page size: Letter and A4 both take the content without clipping.
            #expect(!html.contains(" size:") && !html.contains("{size:"), "\(name)")
        }
    }

    @Test("the hostile HTML shows the script tag of the data as text, not as markup")
    func scriptIsText() throws {
        let hostile = try BriefFixture.hostile()
        let html = try BriefFixture.render(["MX-2026-0803"], in: hostile, .html, .en)
        #expect(html.contains("&lt;script&gt;alert(&#39;html export&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.contains("<script"))
    }
}
