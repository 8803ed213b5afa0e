/// How a typed word finds a record in a form's picker, the same way for agencies, contacts and
/// cases: an exact code first (`FGR`, or a former code such as `PGR`), then codes that start
/// with the word, then names that start with it, then names with a word that starts with it,
/// then the word anywhere. Accents and case do not matter ("fiscalia" finds "Fiscalía").
public enum PickMatcher {
    /// How well a candidate matches; the lower, the better.
    public enum Rank: Int, Comparable, Sendable {
        case exactCode, codePrefix, namePrefix, wordPrefix, anywhere

        public static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A record as a picker sees it: the codes it answers to and the names it goes by.
    public struct Candidate: Sendable, Equatable {
        public var value: String
        public var label: String
        /// The current code or id first, then former codes.
        var codes: [String]
        /// Every name, in both languages.
        var names: [String]

        public init(value: String, label: String, codes: [String], names: [String]) {
            self.value = value
            self.label = label
            self.codes = codes
            self.names = names
        }
    }

    /// How `candidate` matches the typed `word`; nil when it does not. An empty word matches
    /// everything, as well as anything.
    public static func rank(_ candidate: Candidate, for word: String) -> Rank? {
        rank(candidate, folded: TextFolding.fold(word))
    }

    static func rank(_ candidate: Candidate, folded needle: String) -> Rank? {
        if needle.isEmpty { return .anywhere }
        let codes = candidate.codes.map(TextFolding.fold)
        if codes.contains(needle) { return .exactCode }
        if codes.contains(where: { $0.hasPrefix(needle) }) { return .codePrefix }
        let names = candidate.names.map(TextFolding.fold)
        if names.contains(where: { $0.hasPrefix(needle) }) { return .namePrefix }
        if names.contains(where: { name in
            name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0.hasPrefix(needle) }
        }) { return .wordPrefix }
        if (codes + names).contains(where: { $0.contains(needle) }) { return .anywhere }
        return nil
    }

    /// The candidates that match `word`, best first; among equals, in the order given. An
    /// empty word gives them all as they are, folding nothing.
    public static func matches(_ candidates: [Candidate], for word: String) -> [Candidate] {
        let needle = TextFolding.fold(word)
        if needle.isEmpty { return candidates }
        return candidates.enumerated()
            .compactMap { offset, candidate in rank(candidate, folded: needle).map { (rank: $0, offset: offset, candidate: candidate) } }
            .sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }
            .map(\.candidate)
    }
}

extension PickMatcher.Candidate {
    /// An agency by its code and former codes, its names now and before, in both languages;
    /// labelled with its name in `language`.
    public init(_ agency: Agency, label: String) {
        self.init(value: agency.code, label: label, codes: [agency.code] + agency.formerly.map(\.code),
                  names: [agency.name.en, agency.name.es] + agency.formerly.map(\.name))
    }
}
