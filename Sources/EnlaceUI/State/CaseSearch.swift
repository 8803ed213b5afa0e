import EnlaceModel

/// The engine behind the cases filter. With a `CaseSearchIndex` built for the data on screen,
/// a keystroke scans one folded byte buffer (and, while the query only narrows, only the last
/// matches) instead of folding every case's text again; without one — the first moments of a
/// big board, while the index is built off the keyboard's thread — it falls back to
/// `Query.matches`. Both give the same answers (EnlaceModel's tests hold them to it).
public struct CaseSearch: Sendable, Equatable {
    /// An index and the data generation it was built from; stale ones are never used.
    public struct Built: Sendable, Equatable {
        public let index: CaseSearchIndex
        public let generation: Int

        public init(index: CaseSearchIndex, generation: Int) {
            self.index = index
            self.generation = generation
        }

        // The generation says which data the index describes; comparing megabytes of index
        // would say nothing more.
        public static func == (lhs: Built, rhs: Built) -> Bool { lhs.generation == rhs.generation }
    }

    var built: Built?
    /// The last answer of the index and the data it was for: the next keystroke starts from it.
    private var last: (matches: CaseSearchIndex.Matches, generation: Int)?

    /// Which cases match, as a flag per case; nil for the empty query (everything matches).
    mutating func matching(_ query: Query, cases: [Case], generation: Int, context: QueryContext) -> [Bool]? {
        guard !query.isEmpty else { return nil }
        var flags = [Bool](repeating: false, count: cases.count)
        guard let built, built.generation == generation else {
            for (position, record) in cases.enumerated() where query.matches(record, context) { flags[position] = true }
            return flags
        }
        let earlier = last.flatMap { $0.generation == generation ? $0.matches : nil }
        let matches = built.index.filter(query, context: context, after: earlier)
        last = (matches, generation)
        matches.forEach { flags[$0] = true }
        return flags
    }

    public static func == (lhs: CaseSearch, rhs: CaseSearch) -> Bool { lhs.built == rhs.built }
}
