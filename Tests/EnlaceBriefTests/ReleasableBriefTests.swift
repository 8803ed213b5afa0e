import EnlaceBrief
import EnlaceModel
import EnlaceText
import Testing

/// A releasable brief is what an officer hands over at FGR: nothing in it may be what the
/// board says is not releasable to Mexico.
@Suite("Releasable briefs")
struct ReleasableBriefTests {
    /// The output with its text folded the way wrapping and escaping could split or alter it:
    /// whitespace runs to one space, Markdown escapes and the HTML apostrophe undone.
    static func folded(_ text: String) -> String {
        text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "\\", with: "")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("no format in either language carries a note that is not releasable, and every releasable note is there",
          arguments: BriefFormat.allCases, Language.allCases)
    func notesLeftOut(format: BriefFormat, language: Language) throws {
        let data = try BriefFixture.sample()
        let releasable = Array(data.cases.filter(\.releasableToMexico))
        #expect(releasable.contains { $0.notes.contains { !$0.releasableToMexico } }, "the sample should test something")
        for record in releasable {
            let output = Self.folded(try BriefFixture.render([record.id], in: data, format, language, releasable: true))
            for note in record.notes {
                let text = Self.folded(SafeText.line(note.text))
                if note.releasableToMexico {
                    #expect(output.contains(text), "\(record.id): a releasable note is missing, so the check cannot see notes")
                } else {
                    #expect(!output.contains(text), "\(record.id) \(format) \(language): a note not releasable to Mexico is in the brief")
                }
            }
        }
    }

    @Test("the full brief marks each note not releasable to Mexico, and only those, in words",
          arguments: [BriefFormat.markdown, .text, .html], Language.allCases)
    func fullBriefMarksNotes(format: BriefFormat, language: Language) throws {
        let data = try BriefFixture.sample()
        let record = try #require(data.cases.first { $0.notes.contains { !$0.releasableToMexico } && $0.notes.contains(where: \.releasableToMexico) })
        let flag = BriefPhrase.noteNotReleasable(language)
        func flags(_ data: BoardData) throws -> Int {
            try BriefFixture.render([record.id], in: data, format, language, releasable: false).components(separatedBy: flag).count - 1
        }
        // The banner says the same words: count what the notes add to it.
        var allReleasable = data
        allReleasable.cases = CaseTable(data.cases.map { candidate in
            var changed = candidate
            if changed.id == record.id { changed.notes = changed.notes.map { var note = $0; note.releasableToMexico = true; return note } }
            return changed
        })
        #expect(try flags(data) - flags(allReleasable) == record.notes.filter { !$0.releasableToMexico }.count)
        let releasable = try BriefFixture.render([record.id], in: data, format, language, releasable: true)
        #expect(!releasable.contains(flag))
    }

    @Test("a releasable brief of all releasable cases at once leaves out every note that is not")
    func severalCases() throws {
        let data = try BriefFixture.sample()
        let releasable = Array(data.cases.filter(\.releasableToMexico))
        let document = try BriefDocument(cases: releasable, data: data, options: BriefFixture.options(.es, releasable: true))
        let withheld = releasable.flatMap(\.notes).filter { !$0.releasableToMexico }
        for format in BriefFormat.allCases {
            let output = Self.folded(try document.rendered(as: format))
            for note in withheld {
                #expect(!output.contains(Self.folded(note.text)), "\(format): \(note.text)")
            }
        }
        #expect(document.records.flatMap(\.notes).allSatisfy { $0.releasableToMexico })
    }

    @Test("a case not releasable at all is refused, naming every such case")
    func refusesCase() throws {
        let data = try BriefFixture.sample()
        let records = try BriefFixture.records(["MX-2026-0001", "MX-2026-0002", "MX-2026-0005"], in: data)
        #expect(throws: BriefError.notReleasable(caseIDs: ["MX-2026-0002", "MX-2026-0005"])) {
            try BriefDocument(cases: records, data: data, options: BriefFixture.options(.en, releasable: true))
        }
        let message = BriefError.notReleasable(caseIDs: ["MX-2026-0002"]).message(.es)
        #expect(message.contains("MX-2026-0002") && message.contains("--releasable"))
    }

    @Test("a linked case that is not releasable is left out of a releasable brief, its id too, in every format")
    func linkedCaseWithheld() throws {
        let data = try BriefFixture.sample()
        // MX-2026-0010 (AMBER) links MX-2026-0011 (GREEN, releasable) and MX-2026-0041.
        // MX-2026-0014 links MX-2026-0016, which is not releasable and AMBER+STRICT.
        let linked = try #require(data.cases.first { $0.id == "MX-2026-0016" })
        #expect(!linked.releasableToMexico)
        for format in BriefFormat.allCases {
            for language in Language.allCases {
                let output = try BriefFixture.render(["MX-2026-0014"], in: data, format, language, releasable: true)
                #expect(!output.contains("MX-2026-0016"), "\(format) \(language)")
                let full = try BriefFixture.render(["MX-2026-0014"], in: data, format, language, releasable: false)
                #expect(full.contains("MX-2026-0016"), "a full brief lists it: \(format) \(language)")
                #expect(!Self.folded(output).contains(Self.folded(linked.title)), "\(format) \(language)")
                if let titleEs = linked.titleEs { #expect(!Self.folded(output).contains(Self.folded(titleEs))) }
            }
        }
    }

    @Test("a linked releasable case at or below the brief's marking shows its title")
    func linkedCaseTitleShown() throws {
        let data = try BriefFixture.sample()
        let document = try BriefDocument(
            cases: BriefFixture.records(["MX-2026-0010"], in: data), data: data, options: BriefFixture.options(.en, releasable: true))
        let links = try #require(document.cases.first).links
        let eleven = try #require(data.cases.first { $0.id == "MX-2026-0011" })
        #expect(links.first { $0.id == "MX-2026-0011" }?.title?.text == eleven.title)
    }

    @Test("the banner says releasable to Mexico in a releasable brief, and not releasable in a full one")
    func banner() throws {
        let data = try BriefFixture.sample()
        let records = try BriefFixture.records(["MX-2026-0001"], in: data)
        let releasable = try BriefDocument(cases: records, data: data, options: BriefFixture.options(.en, releasable: true))
        let full = try BriefDocument(cases: records, data: data, options: BriefFixture.options(.es))
        #expect(releasable.banner == "TLP:AMBER — RELEASABLE TO MEXICO")
        #expect(full.banner == "TLP:AMBER — NO DIVULGABLE A MÉXICO")
        let text = try releasable.rendered(as: .text).split(separator: "\n")
        #expect(text[1] == "TLP:AMBER — RELEASABLE TO MEXICO" && text[text.count - 2] == "TLP:AMBER — RELEASABLE TO MEXICO")
    }
}
