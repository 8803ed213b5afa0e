import EnlaceText
import Testing

@Suite("Safe text")
struct SafeTextTests {
    @Test("a ZWJ family emoji keeps its joiners and stays one character")
    func family() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(SafeText.line("a \(family) b") == "a \(family) b")
        #expect(SafeText.line(family).count == 1)
    }

    @Test("Persian keeps its ZWNJ, Devanagari its ZWJ: they are letters' business")
    func joinersInScripts() {
        let persian = "می\u{200C}خواهم"
        #expect(SafeText.line(persian) == persian)
        let devanagari = "क्\u{200D}ष"
        #expect(SafeText.line(devanagari) == devanagari)
    }

    @Test("a flag keeps both its regional indicators")
    func flag() {
        #expect(SafeText.line("🇲🇽🇺🇸") == "🇲🇽🇺🇸")
    }

    @Test("a joiner between Latin letters, at an end of the line, beside a space or doubled is a placeholder")
    func hiddenJoiners() {
        #expect(SafeText.line("pay\u{200D}pal") == "pay\u{FFFD}pal")
        #expect(SafeText.line("a\u{200C}b") == "a\u{FFFD}b")
        #expect(SafeText.line("\u{200D}مم") == "\u{FFFD}مم")
        #expect(SafeText.line("مم\u{200D}") == "مم\u{FFFD}")
        #expect(SafeText.line("م \u{200C}م") == "م \u{FFFD}م")
        #expect(SafeText.line("م\u{200C}\u{200C}م") == "م\u{FFFD}\u{FFFD}م")
    }

    @Test("bidi controls, other zero-width characters, C0, C1, DEL and ESC stay placeholders, even inside Persian")
    func controlsStay() {
        for control in ["\u{202E}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{85}", "\u{9B}"] {
            #expect(SafeText.line("م\(control)م") == "م\u{FFFD}م", "U+\(String(control.unicodeScalars.first!.value, radix: 16))")
        }
        #expect(SafeText.line("م\u{1B}م") == "م\u{241B}م")
        #expect(SafeText.line("م\u{7F}م") == "م\u{2421}م")
        #expect(SafeText.line("👨\u{202E}\u{200D}👩") == "👨\u{FFFD}\u{FFFD}👩")
    }
}
