import Foundation

/// Case- and accent-insensitive matching for the agencies and contacts filters: "fiscalia"
/// finds "Fiscalía". Kept in one small place so that it can give way to EnlaceModel's folding
/// (the query language's) without touching the callers.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The folded words of a filter text; all of them must occur.
    public static func words(_ filter: String) -> [String] {
        fold(filter).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Whether every word occurs in the folded `haystack`.
    public static func matches(folded haystack: String, words: [String]) -> Bool {
        words.allSatisfy { haystack.contains($0) }
    }
}
