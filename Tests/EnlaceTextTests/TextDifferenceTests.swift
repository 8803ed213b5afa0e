import Testing
import EnlaceText

@Suite("The difference between two versions of a text")
struct TextDifferenceTests {
    @Test("two suffixes on one title differ only in the suffix")
    func ascii() {
        let difference = TextDifference("Prueba: armas incautadas [ANA]", "Prueba: armas incautadas [BETO]")
        #expect(difference.prefix == "Prueba: armas incautadas [")
        #expect(difference.firstMiddle == "ANA")
        #expect(difference.secondMiddle == "BETO")
        #expect(difference.suffix == "]")
    }

    @Test("an accented letter is one letter, however it is written")
    func accents() {
        let difference = TextDifference("Acción en Tijuana", "Acci\u{00F3}n en Mexicali")
        #expect(difference.prefix == "Acción en ")
        #expect(difference.firstMiddle == "Tijuana")
        #expect(difference.secondMiddle == "Mexicali")
        let decomposed = TextDifference("Reunión", "Reunio\u{0301}n")
        #expect(decomposed.isEmpty)
        let changedAccent = TextDifference("Tomé", "Tome")
        #expect(changedAccent.prefix == "Tom")
        #expect(changedAccent.firstMiddle == "é")
        #expect(changedAccent.secondMiddle == "e")
    }

    @Test("wide characters are compared and cut whole")
    func wide() {
        let difference = TextDifference("会议记录：东京", "会议记录：大阪")
        #expect(difference.prefix == "会议记录：")
        #expect(difference.firstMiddle == "东京")
        #expect(difference.secondMiddle == "大阪")
        let excerpt = MarkedText(before: "会议记录会议记录会议记录", changed: "东京", after: "会议记录会议记录").excerpt(cells: 15)
        #expect(CellWidth.of(excerpt.markedText) <= 15)
        #expect(excerpt.changed == "东京")
        #expect(excerpt.before.hasPrefix("…"))
    }

    @Test("when one side is empty, all of the other is its change")
    func oneSideEmpty() {
        let difference = TextDifference("", "Llamar a la SRE")
        #expect(difference.prefix == "")
        #expect(difference.firstMiddle == "")
        #expect(difference.secondMiddle == "Llamar a la SRE")
        #expect(difference.suffix == "")
        #expect(difference.first.markedText == "«»")
    }

    @Test("shared start and end never overlap")
    func repeated() {
        let difference = TextDifference("aa", "aaa")
        #expect(difference.prefix + difference.firstMiddle + difference.suffix == "aa")
        #expect(difference.prefix + difference.secondMiddle + difference.suffix == "aaa")
        #expect(difference.secondMiddle == "a")
    }

    @Test("a long text is shortened around its change, with ellipses")
    func excerpt() {
        let long = String(repeating: "antecedentes ", count: 10) + "[ANA]" + String(repeating: " fin", count: 10)
        let other = String(repeating: "antecedentes ", count: 10) + "[BETO]" + String(repeating: " fin", count: 10)
        let marked = TextDifference(long, other).first.excerpt(cells: 40)
        #expect(CellWidth.of(marked.markedText) <= 40)
        #expect(marked.before.hasPrefix("…"))
        #expect(marked.changed == "ANA")
        #expect(marked.after.hasSuffix("…"))
        #expect(marked.markedText.contains("[«ANA»]"))
    }
}

@Suite("A difference widened to whole words")
struct TextDifferenceWordTests {
    @Test("two words that share a last letter differ as whole words")
    func wholeWords() {
        let difference = TextDifference("Prioridad media", "Prioridad alta").alignedToWords()
        #expect(difference.prefix == "Prioridad ")
        #expect(difference.firstMiddle == "media")
        #expect(difference.secondMiddle == "alta")
        #expect(difference.suffix == "")
    }

    @Test("a boundary at a bracket, a dash or a space stays where it is")
    func boundaries() {
        #expect(TextDifference("armas [ANA]", "armas [BETO]").alignedToWords().prefix == "armas [")
        #expect(TextDifference("armas [ANA]", "armas [BETO]").alignedToWords().suffix == "]")
        #expect(TextDifference("2026-12-20", "2026-12-01").alignedToWords().firstMiddle == "20")
        #expect(TextDifference("Tomé", "Tome").alignedToWords().firstMiddle == "Tomé")
    }

    @Test("text added at a word's end takes the whole word")
    func insertion() {
        let difference = TextDifference("seguimiento", "seguimientos").alignedToWords()
        #expect(difference.firstMiddle == "seguimiento")
        #expect(difference.secondMiddle == "seguimientos")
        let spaced = TextDifference("estatal", "estatal [ANA]").alignedToWords()
        #expect(spaced.prefix == "estatal")
        #expect(spaced.secondMiddle == " [ANA]")
    }
}
