import EnlaceText
import Testing

@Suite("Wrapping words into terminal cells")
struct WordWrapTests {
    @Test("flags and emoji sequences count the cells the terminal gives them and are never split")
    func clusters() {
        let family = "👨\u{200D}👩\u{200D}👧"
        let text = "🇲🇽🇺🇸 enlace \(family) \(family) 🇲🇽🇲🇽🇲🇽🇲🇽🇲🇽🇲🇽"
        let lines = WordWrap.lines(ofLine: text, width: 10, first: "", rest: "  ")
        #expect(lines == ["🇲🇽🇺🇸", "  enlace", "  \(family) \(family)", "  🇲🇽🇲🇽🇲🇽🇲🇽", "  🇲🇽🇲🇽"])
        #expect(lines.allSatisfy { CellWidth.of($0) <= 10 })
    }

    @Test("a word wider than the line is cut where the line ends, and runs of spaces become one")
    func longWords() {
        #expect(WordWrap.lines("uno   extraordinariamente dos", width: 8) == ["uno", "extraord", "inariame", "nte dos"])
    }

    @Test("the hanging indent counts toward the width and no line ends in a space")
    func hangingIndent() {
        #expect(WordWrap.lines(ofLine: "Fiscalía de Mérida", width: 12, first: "- ", rest: "  ") == ["- Fiscalía", "  de Mérida"])
        #expect(WordWrap.lines(ofLine: "", width: 12, first: "- ", rest: "  ") == ["-"])
    }

    @Test("an empty text is one empty line; no width gives no lines")
    func edges() {
        #expect(WordWrap.lines("", width: 5) == [""])
        #expect(WordWrap.lines("algo", width: 0) == [])
    }
}
