@testable import EnlaceBrief
import EnlaceText
import Testing

@Suite("Wrapping brief text")
struct TextWrappingTests {
    @Test("flags and emoji sequences count the cells the terminal gives them and are never split")
    func clusters() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let text = "🇲🇽🇺🇸 enlace \(family) \(family) 🇲🇽🇲🇽🇲🇽🇲🇽🇲🇽🇲🇽"
        let lines = TextWrapping.wrap(text, width: 10, first: "", rest: "  ")
        #expect(lines == ["🇲🇽🇺🇸", "  enlace", "  \(family) \(family)", "  🇲🇽🇲🇽🇲🇽🇲🇽", "  🇲🇽🇲🇽"])
        #expect(lines.allSatisfy { CellWidth.of($0) <= 10 })
    }
}
