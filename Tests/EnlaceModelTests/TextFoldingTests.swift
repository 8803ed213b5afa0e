import Testing
@testable import EnlaceModel

@Suite("Text folding")
struct TextFoldingTests {
    @Test("accents and case fold away", arguments: [
        ("Fiscalía", "fiscalia"), ("SEÑAL", "senal"), ("Mérida", "merida"), ("Ciudad Juárez", "ciudad juarez"),
        ("ÀÉÎÕÜ Ç", "aeiou c"), ("Straße", "straße"),
    ])
    func folds(input: String, expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }

    @Test("decomposed accents fold like composed ones")
    func decomposed() {
        #expect(TextFolding.fold("Fiscali\u{301}a") == "fiscalia")
    }

    @Test("whitespace runs, tabs and newlines become one space")
    func whitespace() {
        #expect(TextFolding.fold("next \t\n week\u{00A0}now") == "next week now")
    }

    @Test("compatibility forms fold: ligatures and full-width letters")
    func compatibility() {
        #expect(TextFolding.fold("ﬁscal ＦＧＲ") == "fiscal fgr")
    }

    @Test("invisible format characters are dropped, so they cannot hide a word")
    func invisible() {
        #expect(TextFolding.fold("fen\u{200B}ta\u{202E}nyl") == "fentanyl")
    }

    @Test("folded text never holds a zero byte, the field separator of the search buffer")
    func noZeroByte() {
        #expect(!TextFolding.foldedBytes("a\u{0}b").contains(0))
    }

    @Test("the portable byte search agrees with memmem")
    func portableSearch() {
        let haystack = Array("alpha\u{0}beta\u{0}gamma beta".utf8)
        for needle in ["beta", "gamma", "a", "ma b", "zeta", "alpha\u{0}b", "ta"] {
            let bytes = Array(needle.utf8)
            let expected = ByteSearch.contains(bytes, in: haystack)
            let portable = haystack.withUnsafeBytes { hay in
                bytes.withUnsafeBytes { ByteSearch.portableSearch(hay.baseAddress!, hay.count, $0.baseAddress!, $0.count) }
            }
            #expect((portable != nil) == expected, "needle \(needle)")
            if let portable {
                let offset = haystack.withUnsafeBytes { portable - $0.baseAddress! }
                #expect(Array(haystack[offset..<(offset + bytes.count)]) == bytes)
            }
        }
    }
}
