import EnlaceBrief
import EnlaceModel
import EnlaceText
import Foundation
import Testing

/// The Markdown brief through a real CommonMark renderer (markdown-it-py in "commonmark" mode):
/// data renders as the text it is, and the structure is the one the renderer meant.
@Suite("Markdown under CommonMark", .enabled(if: Python.has("markdown_it"), "needs python3 -m pip install markdown-it-py"))
struct MarkdownRenderingTests {
    struct Rendered: Decodable {
        var html: String
        var tags: [String]
        var text: String
        /// The text of each h1/h2/h3, in order.
        var headings: [String]
    }

    static let script = """
        import sys, json
        from html.parser import HTMLParser
        from markdown_it import MarkdownIt
        html = MarkdownIt("commonmark").render(sys.stdin.read())
        class Collect(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.tags, self.text, self.headings, self.heading = [], [], [], None
            def handle_starttag(self, tag, attrs):
                self.tags.append(tag)
                if tag in ("h1", "h2", "h3"): self.heading = []
            def handle_endtag(self, tag):
                if tag in ("h1", "h2", "h3") and self.heading is not None:
                    self.headings.append("".join(self.heading)); self.heading = None
            def handle_data(self, data):
                self.text.append(data)
                if self.heading is not None: self.heading.append(data)
        collect = Collect(); collect.feed(html)
        print(json.dumps({"html": html, "tags": collect.tags, "text": "".join(collect.text), "headings": collect.headings}))
        """

    static func render(_ markdown: String) throws -> Rendered {
        let result = try Python.run(script, input: markdown)
        try #require(result.status == 0, "markdown-it failed: \(result.errors)")
        return try JSONDecoder().decode(Rendered.self, from: Data(result.output.utf8))
    }

    /// Our markup only: no link, image, code, raw HTML, block quote from data.
    static let allowedTags: Set<String> = ["p", "strong", "em", "h1", "h2", "h3", "ul", "ol", "li", "hr", "br"]

    static let hostileTitle = "*x* [a](javascript:alert(1)) <b>bold</b> &amp; _y_ `z` ![i](http://x/i.png) # end #"
    static let hostileSummary = """
        # not a heading
        - not a list
        1. not a numbered list
        > not a quote
        ```
        not code
        ```
            not indented code
        ---
        <div>not html</div>
        | not | a table |
        trailing backslash \\
        """

    static func hostileBoard() throws -> (BoardData, Case) {
        var data = try BriefFixture.sample()
        let record = Case(
            id: "MX-2026-0999", title: hostileTitle, titleEs: hostileTitle, summary: hostileSummary,
            summaryEs: hostileSummary, status: .active, priority: .high, marking: .green, releasableToMexico: true,
            leadAgency: "DEA", agencies: ["FGR"], opened: BriefFixture.generatedAt.day, nextAction: "1. then *this*",
            notes: [Note(at: BriefFixture.generatedAt, author: "_me_", text: hostileSummary, releasableToMexico: true)],
            createdAt: BriefFixture.generatedAt, createdBy: "dwhitaker")
        data.cases.append(record)
        return (data, record)
    }

    @Test("a title of Markdown and HTML renders as literal text in the case heading", arguments: Language.allCases)
    func hostileTitleIsLiteral(language: Language) throws {
        let (data, record) = try Self.hostileBoard()
        let markdown = try BriefDocument(cases: [record], data: data, options: BriefFixture.options(language))
            .rendered(as: .markdown)
        let rendered = try Self.render(markdown)
        #expect(rendered.headings.contains("MX-2026-0999 — \(Self.hostileTitle)"))
        #expect(Set(rendered.tags).isSubset(of: Self.allowedTags), "unexpected tags: \(Set(rendered.tags).subtracting(Self.allowedTags))")
        #expect(!rendered.html.contains("<a ") && !rendered.html.contains("href"))
    }

    @Test("multi-line data renders as its lines: no heading, list, quote, code or table from data")
    func hostileBlocksAreLiteral() throws {
        let (data, record) = try Self.hostileBoard()
        let markdown = try BriefDocument(cases: [record], data: data, options: BriefFixture.options(.en)).rendered(as: .markdown)
        let rendered = try Self.render(markdown)
        for line in Self.hostileSummary.split(separator: "\n") {
            let expected = line.trimmingCharacters(in: .whitespaces)
            #expect(rendered.text.contains(expected), "\(expected.debugDescription) is not in the rendered text")
        }
        #expect(rendered.text.contains("1. then *this*"))
        #expect(rendered.text.contains("_me_"))
        // Our structure: one h1, one h2 (the case), five h3, and the one rule before the closing banner.
        #expect(rendered.tags.filter { $0 == "h1" }.count == 1)
        #expect(rendered.tags.filter { $0 == "h2" }.count == 1)
        #expect(rendered.tags.filter { $0 == "h3" }.count == 5)
        #expect(rendered.tags.filter { $0 == "hr" }.count == 1)
        #expect(Set(rendered.tags).isSubset(of: Self.allowedTags), "unexpected tags: \(Set(rendered.tags).subtracting(Self.allowedTags))")
    }

    @Test("the sample brief renders to the headings and lists it means", arguments: Language.allCases)
    func sampleStructure(language: Language) throws {
        let data = try BriefFixture.sample()
        let markdown = try BriefFixture.render(["MX-2026-0001", "MX-2026-0010"], in: data, .markdown, language)
        let rendered = try Self.render(markdown)
        let document = try BriefDocument(
            cases: BriefFixture.records(["MX-2026-0001", "MX-2026-0010"], in: data), data: data,
            options: BriefFixture.options(language))
        let caseHeadings = document.cases.map { brief in
            "\(brief.id) — \(brief.title.text)" + (brief.title.inOtherLanguage ? " " + BriefPhrase.textInOtherLanguage(language) : "")
        }
        let sectionHeadings: [BriefPhrase] = [.agencies, .contacts, .summary, .notes, .linkedCases]
        let expected = [document.heading, BriefPhrase.contents(language)]
            + caseHeadings.flatMap { [$0] + sectionHeadings.map { $0(language) } }
        #expect(rendered.headings == expected)
        // The contents, then per case the facts, the agencies, the partner sub-list, the
        // counterparts sub-list, the contacts, the timeline and the links.
        #expect(rendered.tags.filter { $0 == "ol" }.count == 1)
        #expect(rendered.tags.filter { $0 == "ul" }.count == 2 * 7)
        #expect(rendered.text.contains(document.banner))
        #expect(Set(rendered.tags).isSubset(of: Self.allowedTags))
    }

    @Test("the hostile fixture's texts come out of the renderer as their safe selves")
    func hostileFixture() throws {
        let data = try BriefFixture.hostile()
        let records = try BriefFixture.records(["MX-2026-0801", "MX-2026-0803"], in: data)
        let markdown = try BriefFixture.render(["MX-2026-0801", "MX-2026-0803"], in: data, .markdown, .en)
        let rendered = try Self.render(markdown)
        for record in records {
            for text in [record.title, record.nextAction] + record.notes.map(\.text) {
                for line in SafeText.lines(text) where !line.allSatisfy(\.isWhitespace) {
                    let expected = line.trimmingCharacters(in: .whitespaces)
                    #expect(rendered.text.contains(expected), "\(expected.debugDescription) is missing")
                }
            }
        }
        #expect(Set(rendered.tags).isSubset(of: Self.allowedTags), "unexpected tags: \(Set(rendered.tags).subtracting(Self.allowedTags))")
    }
}
