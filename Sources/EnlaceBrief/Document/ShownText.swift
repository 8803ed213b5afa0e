import EnlaceText

/// A case text in the language of the brief, or in the other one when the case has none in
/// that language, which the brief then says ("(texto en inglés)"). Which language a text is
/// in comes from its words where they tell (`TextLanguage`), from its field where they do not.
public struct ShownText: Sendable, Equatable {
    public var text: String
    /// True when `text` is in the other language than the brief's.
    public var inOtherLanguage: Bool

    public init(text: String, inOtherLanguage: Bool = false) {
        self.text = text
        self.inOtherLanguage = inOtherLanguage
    }

    /// `english` for an English brief, `spanish` for a Spanish one; the other when the wanted one
    /// is missing or blank.
    public static func choose(english: String?, spanish: String?, for language: Language) -> ShownText {
        let (wanted, other) = language == .en ? (english, spanish) : (spanish, english)
        if let wanted, !isBlank(wanted) { return shown(wanted, field: language, in: language) }
        if let other, !isBlank(other) { return shown(other, field: language.other, in: language) }
        return ShownText(text: wanted ?? "")
    }

    private static func shown(_ text: String, field: Language, in language: Language) -> ShownText {
        ShownText(text: text, inOtherLanguage: TextLanguage.of(text, field: field) != language)
    }

    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
