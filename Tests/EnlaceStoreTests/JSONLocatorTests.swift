@testable import EnlaceStore
import Testing

@Suite("Finding the line and column of a damaged JSON file")
struct JSONLocatorTests {
    private func error(_ text: String) -> (Int, Int, DamageReason)? {
        let locator = JSONLocator(Array(text.utf8))
        guard let error = locator.firstSyntaxError() else { return nil }
        let (line, column) = locator.lineAndColumn(at: error.offset)
        return (line, column, error.reason)
    }

    @Test("valid JSON has no error")
    func valid() {
        #expect(error(#"{"a": [1, -2.5e3, true, null, "x\u00e9\n"], "b": {}}"#) == nil)
    }

    @Test("a missing comma is found where the next value starts")
    func missingComma() throws {
        let found = try #require(error("{\n  \"a\": 1\n  \"b\": 2\n}"))
        #expect(found.0 == 3 && found.1 == 3)
        #expect(found.2 == .unexpectedCharacter(found: "\"", expected: .commaOrClosingBrace))
    }

    @Test("columns count characters, not bytes")
    func accents() throws {
        let found = try #require(error("{\"título\": \"Fiscalía\" x}"))
        #expect(found.0 == 1 && found.1 == 23)
    }

    @Test("a trailing comma, a leading zero, a control character and the end of the file")
    func strictness() {
        #expect(error("[1, 2,]")?.2 == .unexpectedCharacter(found: "]", expected: .value))
        #expect(error("[01]")?.2 == .unexpectedCharacter(found: "1", expected: .commaOrClosingBracket))
        #expect(error("[\"a\tb\"]")?.2 == .unexpectedCharacter(found: "U+0009", expected: .escapedControlCharacter))
        #expect(error("{\"a\": ")?.2 == .unexpectedEnd)
        #expect(error("{} {}")?.2 == .trailingContent)
        #expect(error("  \n")?.2 == .empty)
    }

    @Test("bytes that are not UTF-8 are found")
    func notUTF8() throws {
        let locator = JSONLocator(Array("[\"ab".utf8) + [0xFF] + Array("\"]".utf8))
        #expect(locator.firstSyntaxError() == JSONLocator.SyntaxError(offset: 4, reason: .notUTF8))
    }

    @Test("nesting deeper than the limit is refused without exhausting the stack")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(error(deep)?.2 == .nestedTooDeeply(limit: JSONLocator.depthLimit))
    }

    @Test("a coding path leads to its value")
    func path() {
        let text = "{\n  \"notes\": [\n    {\"at\": 1},\n    {\"at\": 2}\n  ]\n}"
        let locator = JSONLocator(Array(text.utf8))
        let offset = locator.offset(of: [.key("notes"), .index(1), .key("at")])
        #expect(locator.lineAndColumn(at: offset) == (4, 12))
    }
}
