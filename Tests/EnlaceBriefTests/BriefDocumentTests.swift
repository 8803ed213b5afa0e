import EnlaceBrief
import EnlaceModel
import EnlaceText
import Testing

@Suite("Brief document")
struct BriefDocumentTests {
    @Test("a brief of several cases carries the most restrictive marking in its banner, and a table of contents")
    func highestMarking() throws {
        let data = try BriefFixture.sample()
        // MX-2026-0003 is GREEN, MX-2026-0001 AMBER, MX-2026-0005 RED.
        let records = try BriefFixture.records(["MX-2026-0003", "MX-2026-0001", "MX-2026-0005"], in: data)
        let document = try BriefDocument(cases: records, data: data, options: BriefFixture.options(.en))
        #expect(document.marking == .red)
        #expect(document.cases.map(\.id) == ["MX-2026-0003", "MX-2026-0001", "MX-2026-0005"])
        #expect(document.heading == "Case briefs: 3 cases")
        let markdown = try document.rendered(as: .markdown)
        #expect(markdown.hasPrefix("**TLP:RED — NOT RELEASABLE TO MEXICO**"))
        #expect(markdown.hasSuffix("**TLP:RED — NOT RELEASABLE TO MEXICO**\n"))
        #expect(markdown.contains("## Contents\n\n1. MX-2026-0003 — "))
    }

    @Test("an empty list of cases is refused")
    func noCases() throws {
        let data = try BriefFixture.sample()
        #expect(throws: BriefError.noCases) { try BriefDocument(cases: [], data: data, options: BriefFixture.options(.en)) }
    }

    @Test("the same case twice is briefed once")
    func duplicates() throws {
        let data = try BriefFixture.sample()
        let records = try BriefFixture.records(["MX-2026-0001", "MX-2026-0001"], in: data)
        #expect(try BriefDocument(cases: records, data: data, options: BriefFixture.options(.en)).cases.count == 1)
    }

    @Test("Spanish uses titleEs and summaryEs; without them it shows the English text and says so")
    func spanishTexts() throws {
        let data = try BriefFixture.sample()
        let withBoth = try #require(data.cases.first { $0.titleEs != nil && $0.summaryEs != nil })
        let withNeither = try #require(data.cases.first { $0.titleEs == nil && $0.summaryEs == nil })
        let document = try BriefDocument(cases: [withBoth, withNeither], data: data, options: BriefFixture.options(.es))
        #expect(document.cases[0].title == ShownText(text: withBoth.titleEs ?? ""))
        #expect(document.cases[0].summary == ShownText(text: withBoth.summaryEs ?? ""))
        #expect(document.cases[1].title == ShownText(text: withNeither.title, inOtherLanguage: true))
        let text = try document.rendered(as: .markdown)
        #expect(text.contains("\(withNeither.id) — \(withNeither.title) *(texto en inglés)*"))
        #expect(!text.contains("\(withBoth.id) — \(withBoth.titleEs ?? "") *(texto"))
    }

    @Test("an English brief of a case with only a Spanish title shows it and says it is Spanish")
    func englishFallback() {
        #expect(ShownText.choose(english: " ", spanish: "Caso", for: .en) == ShownText(text: "Caso", inOtherLanguage: true))
        #expect(ShownText.choose(english: "Case", spanish: nil, for: .en) == ShownText(text: "Case"))
        #expect(BriefPhrase.textInOtherLanguage(.en) == "(text in Spanish)")
        #expect(BriefPhrase.textInOtherLanguage(.es) == "(texto en inglés)")
    }

    @Test("a case written in Spanish in its English field is not labelled English in a Spanish brief, and is labelled Spanish in an English one")
    func spanishInTheEnglishField() {
        let title = "Lavado de dinero en casas de cambio"
        #expect(ShownText.choose(english: title, spanish: nil, for: .es) == ShownText(text: title))
        #expect(ShownText.choose(english: title, spanish: nil, for: .en) == ShownText(text: title, inOtherLanguage: true))
    }

    @Test("agencies by full name in the brief's language, with the Mexican counterparts of each U.S. agency")
    func agencies() throws {
        let data = try BriefFixture.sample()
        // MX-2026-0006: FBI leads, with FGR, INM and USMS.
        let record = try #require(data.cases.first { $0.id == "MX-2026-0006" })
        let brief = try #require(try BriefDocument(cases: [record], data: data, options: BriefFixture.options(.es)).cases.first)
        #expect(brief.leadAgency.name == "Buró Federal de Investigaciones")
        #expect(brief.partnerAgencies.map(\.code) == ["FGR", "INM", "USMS"])
        #expect(brief.partnerAgencies.first?.name == "Fiscalía General de la República")
        #expect(brief.counterparts.map(\.agency.code) == ["FBI", "USMS"])
        let usms = try #require(data.registry.agency("USMS"))
        #expect(brief.counterparts.last?.counterparts.map(\.code) == usms.counterparts)
    }

    @Test("dates, statuses and priorities are written as each language writes them")
    func wording() throws {
        let data = try BriefFixture.sample()
        let records = try BriefFixture.records(["MX-2026-0001"], in: data)
        let english = try BriefDocument(cases: records, data: data, options: BriefFixture.options(.en)).rendered(as: .text)
        let spanish = try BriefDocument(cases: records, data: data, options: BriefFixture.options(.es)).rendered(as: .text)
        #expect(english.contains("Due:          Nov 20, 2026") && english.contains("Priority:     critical"))
        #expect(spanish.contains("Fecha límite:      20 nov 2026") && spanish.contains("Prioridad:         crítica"))
        #expect(spanish.contains("Generada el 29 nov 2026 14:05 UTC por dwhitaker"))
    }

    @Test("a linked case marked above the brief shows only its id, even in a full brief")
    func linkAboveMarking() throws {
        let data = try BriefFixture.sample()
        // MX-2026-0001 is AMBER; its link MX-2026-0002 is AMBER+STRICT.
        let brief = try #require(try BriefDocument(
            cases: BriefFixture.records(["MX-2026-0001"], in: data), data: data, options: BriefFixture.options(.en)).cases.first)
        #expect(brief.links.first { $0.id == "MX-2026-0002" }?.title == nil)
        #expect(brief.links.first { $0.id == "MX-2026-0004" }?.title != nil)
        // Briefed together, the banner covers both, and the title shows.
        let both = try BriefDocument(
            cases: BriefFixture.records(["MX-2026-0001", "MX-2026-0002"], in: data), data: data, options: BriefFixture.options(.en))
        #expect(both.cases[0].links.first { $0.id == "MX-2026-0002" }?.title != nil)
    }

    @Test("an unknown agency code or contact id shows as itself")
    func unknownReferences() throws {
        let data = try BriefFixture.sample()
        let record = Case(
            id: "MX-2026-0998", title: "t", leadAgency: "XYZ", agencies: ["FGR"], contacts: ["C-9999"],
            opened: BriefFixture.generatedAt.day, links: ["MX-2026-9999"], createdAt: BriefFixture.generatedAt, createdBy: "x")
        let brief = try #require(try BriefDocument(cases: [record], data: data, options: BriefFixture.options(.en)).cases.first)
        #expect(brief.leadAgency == CaseBrief.AgencyEntry(code: "XYZ", name: nil))
        #expect(brief.contacts.map(\.name) == [nil])
        #expect(brief.links == [CaseBrief.LinkedCase(id: "MX-2026-9999", title: nil)])
        let text = try BriefDocument(cases: [record], data: data, options: BriefFixture.options(.en)).rendered(as: .text)
        #expect(text.contains("Lead agency:       XYZ\n") && text.contains("  * C-9999\n"))
    }

    @Test("notes run oldest first")
    func notesOrder() throws {
        let data = try BriefFixture.sample()
        var record = try #require(data.cases.first { $0.id == "MX-2026-0001" })
        record.notes.reverse()
        let brief = try #require(try BriefDocument(cases: [record], data: data, options: BriefFixture.options(.en)).cases.first)
        #expect(brief.notes.map(\.at) == brief.notes.map(\.at).sorted())
    }
}
