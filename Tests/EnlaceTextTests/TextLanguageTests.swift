import EnlaceText
import Testing

@Suite("Which language a free text is written in")
struct TextLanguageTests {
    @Test("Spanish and English titles are told by their small words")
    func clearCases() {
        #expect(TextLanguage.guess("Lavado de dinero en casas de cambio") == .es)
        #expect(TextLanguage.guess("Cooperación con la Fiscalía en Ciudad Juárez") == .es)
        #expect(TextLanguage.guess("Transfer of the seized weapons to the FGR") == .en)
    }

    @Test("a text whose words do not say leaves the field's language")
    func undecided() {
        #expect(TextLanguage.guess("Fentanyl precursor shipments") == nil)
        #expect(TextLanguage.guess("*x* [a](javascript:alert(1)) _y_") == nil)
        #expect(TextLanguage.of("Ciudad Juárez", field: .en) == .en)
        #expect(TextLanguage.of("Envío de armas a la Fiscalía", field: .en) == .es)
    }
}
