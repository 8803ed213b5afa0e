import EnlaceBrief
import EnlaceModel
import EnlaceText
import Testing

/// Every format in both languages for a rich sample case (notes, links to cases that are not
/// releasable, a note that is not, a Spanish title and summary) and for two hostile cases in
/// one document (terminal escapes, HTML and Markdown in the data, a 500-character title).
@Suite("Brief golden files")
struct GoldenBriefTests {
    static let formats = BriefFormat.allCases
    static let languages = Language.allCases

    @Test("a rich sample case reads as recorded", arguments: formats, languages)
    func richCase(format: BriefFormat, language: Language) throws {
        let data = try BriefFixture.sample()
        let text = try BriefFixture.render(["MX-2026-0001"], in: data, format, language)
        try Golden.check(text, named: "MX-2026-0001.\(language.rawValue).\(format.fileExtension)")
    }

    @Test("the releasable brief of the rich case reads as recorded", arguments: formats, languages)
    func richCaseReleasable(format: BriefFormat, language: Language) throws {
        let data = try BriefFixture.sample()
        let text = try BriefFixture.render(["MX-2026-0001"], in: data, format, language, releasable: true)
        try Golden.check(text, named: "MX-2026-0001.releasable.\(language.rawValue).\(format.fileExtension)")
    }

    @Test("two hostile cases in one brief read as recorded", arguments: formats, languages)
    func hostileCases(format: BriefFormat, language: Language) throws {
        let data = try BriefFixture.hostile()
        let text = try BriefFixture.render(["MX-2026-0801", "MX-2026-0803"], in: data, format, language)
        try Golden.check(text, named: "hostile-0801-0803.\(language.rawValue).\(format.fileExtension)")
    }
}
