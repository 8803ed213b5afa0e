import EnlaceBrief
import EnlaceModel
import EnlaceText
import Testing

/// The text brief goes into e-mail and may be `cat` in a terminal: 78 cells at most a line,
/// and nothing a terminal would act on, whatever the data holds.
@Suite("Plain-text brief")
struct PlainTextBriefTests {
    static func allBriefs(_ format: BriefFormat) throws -> [(String, String)] {
        var briefs: [(String, String)] = []
        for (name, data) in [("sample", try BriefFixture.sample()), ("hostile", try BriefFixture.hostile())] {
            for language in Language.allCases {
                for record in data.cases {
                    briefs.append(("\(name) \(record.id) \(language)", try BriefFixture.render([record.id], in: data, format, language)))
                }
                briefs.append(("\(name) all \(language)", try BriefFixture.render(data.cases.map(\.id), in: data, format, language)))
            }
        }
        return briefs
    }

    @Test("no line of the text brief is wider than 78 cells, on every sample and hostile case")
    func width() throws {
        for (name, text) in try Self.allBriefs(.text) {
            for line in text.split(separator: "\n") {
                #expect(CellWidth.of(line) <= 78, "\(name): \(CellWidth.of(line)) cells: \(line)")
            }
        }
    }

    @Test("no brief in any format holds a terminal control, a bidi control or a zero-width character",
          arguments: BriefFormat.allCases)
    func noControls(format: BriefFormat) throws {
        for (name, text) in try Self.allBriefs(format) {
            // A joiner inside an emoji sequence or a word beyond Latin is kept (SafeText).
            let scalars = Array(text.unicodeScalars)
            let bad = scalars.indices.filter { index in
                let scalar = scalars[index]
                let joins = SafeText.isJoiner(scalar) && index > 0 && SafeText.joins(after: scalars[index - 1])
                return scalar != "\n" && SafeText.isUnsafe(scalar) && !joins
            }.map { scalars[$0] }
            #expect(bad.isEmpty, "\(name): \(bad.map { String($0.value, radix: 16) })")
        }
    }

    @Test("the hostile escapes show as visible placeholders in the text brief")
    func placeholders() throws {
        let text = try BriefFixture.render(["MX-2026-0801"], in: BriefFixture.hostile(), .text, .en)
        #expect(text.contains("Routine meeting␛]0;pwned␇␛[2J␛[H"))
        #expect(text.contains("Call back␍DELETE ALL CASES NOW"))
    }

    @Test("wrapping keeps every word, in order, and cuts only words wider than a line")
    func wrappingKeepsWords() throws {
        let data = try BriefFixture.sample()
        let record = try #require(data.cases.first { $0.id == "MX-2026-0001" })
        let text = try BriefFixture.render([record.id], in: data, .text, .en)
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(folded.contains(record.summary))
        let cjk = try BriefFixture.render(["MX-2026-0802"], in: BriefFixture.hostile(), .text, .en)
        let lines = cjk.split(separator: "\n").filter { $0.contains("跨境") }
        #expect(lines.count > 1 && lines.allSatisfy { CellWidth.of($0) <= 78 })
    }
}
