/// Which of the board's two languages a free text is written in, told by its small words
/// ("de", "la", "con" against "the", "of", "with"): a case's `title` is the English field by
/// the schema, but officers often write it in Spanish, and a label saying "(text in English)"
/// under Spanish words would be false.
public enum TextLanguage {
    /// The language whose function words the text holds at least two more of; nil when they do
    /// not say. Reads at most the first 400 characters: the detail asks on every paint, and a
    /// sentence or two decides.
    public static func guess(_ text: String) -> Language? {
        var spanish = 0, english = 0
        var word = ""
        func count() {
            if spanishWords.contains(word) { spanish += 1 } else if englishWords.contains(word) { english += 1 }
            word = ""
        }
        for character in text.unicodeScalars.prefix(400) {
            if character.properties.isAlphabetic {
                if word.unicodeScalars.count < 8 { word.unicodeScalars.append(contentsOf: character.properties.lowercaseMapping.unicodeScalars) }
            } else if !word.isEmpty {
                count()
            }
        }
        if !word.isEmpty { count() }
        // A margin of two: one "y" in a code sample or one "de" in a place name does not say.
        if spanish >= english + 2 { return .es }
        if english >= spanish + 2 { return .en }
        return nil
    }

    /// The language of `text`, taken from a field meant for `fieldLanguage`: what the words
    /// say, or the field's language when they do not say.
    public static func of(_ text: String, field fieldLanguage: Language) -> Language {
        guess(text) ?? fieldLanguage
    }

    static let spanishWords: Set<String> = [
        "de", "del", "la", "las", "el", "los", "y", "con", "por", "para", "que", "una", "un", "se", "su", "sus",
        "al", "es", "entre", "sobre", "contra", "desde", "hacia", "según", "sin", "o",
    ]
    static let englishWords: Set<String> = [
        "the", "of", "and", "to", "in", "for", "with", "on", "from", "by", "at", "is", "an", "into", "over",
        "against", "between", "about", "without", "or",
    ]
}
