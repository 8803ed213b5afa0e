import EnlaceText

/// A case text in the language of the brief, or in the other one when the case has none in
/// that language, which the brief then says ("(texto en inglés)"). Which language a text is
/// in comes from its words where they tell (`TextLanguage`), from its field where they do not.
public struct ShownText: Sendable, Equatable {
    public var text: String
    /// True when `text` is in the other language than the brief's.
    public var inOtherLanguage: Bool
    /// The other language's version changed since this one was written (`OutdatedTexts`):
    /// the brief says it may be out of date.
    public var mayBeOutdated: Bool

    public init(text: String, inOtherLanguage: Bool = false, mayBeOutdated: Bool = false) {
        self.text = text
        self.inOtherLanguage = inOtherLanguage
        self.mayBeOutdated = mayBeOutdated
    }

    /// The words a brief puts after the text: its language when it is the other one, and that it
    /// may be out of date; empty when neither.
    public func labels(_ language: Language) -> [String] {
        (inOtherLanguage ? [BriefPhrase.textInOtherLanguage(language)] : [])
            + (mayBeOutdated ? [BriefPhrase.mayBeOutdated(language)] : [])
    }

    /// `english` for an English brief, `spanish` for a Spanish one; the other when the wanted one
    /// is missing or blank.
    /// `outdated` says which of the two the case marks as possibly out of date.
    public static func choose(
        english: String?, spanish: String?, for language: Language, outdated: Set<Language> = []
    ) -> ShownText {
        let (wanted, other) = language == .en ? (english, spanish) : (spanish, english)
        if let wanted, !isBlank(wanted) { return shown(wanted, field: language, in: language, outdated) }
        if let other, !isBlank(other) { return shown(other, field: language.other, in: language, outdated) }
        return ShownText(text: wanted ?? "")
    }

    private static func shown(_ text: String, field: Language, in language: Language, _ outdated: Set<Language>) -> ShownText {
        ShownText(text: text, inOtherLanguage: TextLanguage.of(text, field: field) != language,
                  mayBeOutdated: outdated.contains(field))
    }

    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
