import EnlaceModel

/// The engine behind the cases filter. With a `CaseSearchIndex`, a keystroke scans one folded
/// byte buffer (and, while the query only narrows, only the last matches) instead of folding
/// every case's text again; before the first index exists — the first moments of a big board —
/// it falls back to `Query.matches`. Both give the same answers (EnlaceModel's tests hold them
/// to it).
///
/// An index outlives the data it was built for. After a save (this officer's or another's) the
/// index for the new data takes seconds to build at 100,000 cases; meanwhile the old one still
/// answers for every case that is the same as when it was indexed, wherever it now stands, and
/// only the cases that changed or arrived are asked with `Query.matches`. A keystroke right
/// after a save costs a few cases more, not a second.
public struct CaseSearch: Sendable, Equatable {
    /// An index, the cases it indexes and the data generation they were; built off the
    /// keyboard's thread (folding 100,000 cases takes seconds).
    public struct Built: Sendable, Equatable {
        public let index: CaseSearchIndex
        public let generation: Int
        let cases: CaseTable
        let positionByID: [String: Int32]

        /// Indexes `cases`, the data of `generation`.
        public init(indexing cases: CaseTable, generation: Int) {
            index = CaseSearchIndex(cases)
            self.generation = generation
            self.cases = cases
            var positions: [String: Int32] = [:]
            positions.reserveCapacity(cases.count)
            for (position, record) in cases.enumerated() { positions[record.id] = Int32(position) }
            positionByID = positions
        }

        // The generation says which data the index describes; comparing megabytes of index
        // would say nothing more.
        public static func == (lhs: Built, rhs: Built) -> Bool { lhs.generation == rhs.generation }

        /// Meets each of `cases` with the indexed case of its id: the same case (the same box,
        /// or an equal value: a reload reuses the values of unchanged files) keeps the index's
        /// answer; anything else is changed. Linear in the cases: never on a keystroke.
        func drift(to cases: CaseTable) -> Drift {
            var currentPosition = [Int32](repeating: -1, count: self.cases.count)
            var changed: [Int] = []
            for (position, record) in cases.enumerated() {
                if let old = positionByID[record.id], self.cases.holdsSameCase(at: Int(old), as: cases, at: position) {
                    currentPosition[Int(old)] = Int32(position)
                } else {
                    changed.append(position)
                }
            }
            return Drift(builtGeneration: generation, currentPosition: currentPosition, changed: changed)
        }
    }

    /// How newer cases relate to an index built for older ones: worked out when a filter first
    /// needs it, or beforehand by the board's reloader (`PreparedLookups`).
    public struct Drift: Sendable, Equatable {
        /// The generation of the index it was worked out against.
        let builtGeneration: Int
        /// For each indexed position, where that same case is now, or -1.
        var currentPosition: [Int32]
        /// Positions of cases now that are not the same as any indexed one, in increasing order.
        var changed: [Int]
    }

    var built: Built?
    /// The last answer of the index: the next keystroke starts from it.
    private var last: (matches: CaseSearchIndex.Matches, generation: Int)?
    /// The drift of the data on screen (of `dataGeneration`) from `built`.
    private var drift: (drift: Drift, dataGeneration: Int)?
    /// How many cases the last filter asked `Query.matches` about: a count of work, for tests.
    private(set) var casesMatchedDirectly = 0
    /// How many times every case was met with the index (`Built.drift(to:)`, linear
    /// in the cases) while filtering: a count of work, for tests.
    private(set) var driftsWorkedOut = 0

    /// Takes `candidate` if it describes newer data than the index in use; none describes
    /// data newer than `generation`, the data on screen.
    mutating func offer(_ candidate: Built, currentGeneration generation: Int) {
        guard candidate.generation <= generation, candidate.generation > (built?.generation ?? Int.min) else { return }
        built = candidate
        last = nil
        drift = nil
    }

    /// Which cases match, as a flag per case; nil for the empty query (everything matches).
    mutating func matching(_ query: Query, cases: CaseTable, generation: Int, context: QueryContext) -> [Bool]? {
        guard !query.isEmpty else { return nil }
        var flags = [Bool](repeating: false, count: cases.count)
        guard let built else {
            for (position, record) in cases.enumerated() where query.matches(record, context) { flags[position] = true }
            casesMatchedDirectly = cases.count
            return flags
        }
        let earlier = last.flatMap { $0.generation == built.generation ? $0.matches : nil }
        let matches = built.index.filter(query, context: context, after: earlier)
        last = (matches, built.generation)
        guard built.generation != generation else {
            matches.forEach { flags[$0] = true }
            casesMatchedDirectly = 0
            return flags
        }
        let drift = self.drift.flatMap { $0.dataGeneration == generation && $0.drift.builtGeneration == built.generation ? $0.drift : nil }
            ?? { driftsWorkedOut += 1; return built.drift(to: cases) }()
        self.drift = (drift, generation)
        matches.forEach { old in
            let now = drift.currentPosition[old]
            if now >= 0 { flags[Int(now)] = true }
        }
        for position in drift.changed where query.matches(cases[position], context) { flags[position] = true }
        casesMatchedDirectly = drift.changed.count
        return flags
    }

    /// The data went from generation `dataGeneration - 1` to `dataGeneration` by one case put
    /// at `position` (changed in place, or appended there): the drift follows, so that the next
    /// filter asks only that case directly and needs no meeting of every case with the index.
    mutating func casePut(at position: Int, dataGeneration: Int) {
        let previous = dataGeneration &- 1
        guard let built else { return }
        var known: Drift
        if built.generation == previous {
            known = Drift(builtGeneration: built.generation, currentPosition: (0..<Int32(built.cases.count)).map { $0 }, changed: [])
        } else if let current = drift, current.dataGeneration == previous, current.drift.builtGeneration == built.generation {
            known = current.drift
        } else {
            // Nothing worked out to follow: the next filter meets the cases with the index.
            drift = nil
            return
        }
        self.drift = nil  // the only other holder of `known`'s arrays: changed below in place
        if let old = known.currentPosition.firstIndex(of: Int32(position)) { known.currentPosition[old] = -1 }
        let place = known.changed.firstIndex { $0 >= position } ?? known.changed.count
        if place == known.changed.count || known.changed[place] != position { known.changed.insert(position, at: place) }
        drift = (known, dataGeneration)
    }

    /// Takes `drift`, worked out beforehand for the data of `dataGeneration`, if it was worked
    /// out against the index in use.
    mutating func adopt(_ drift: Drift?, dataGeneration: Int) {
        guard let drift, drift.builtGeneration == built?.generation else { return }
        self.drift = (drift, dataGeneration)
    }

    public static func == (lhs: CaseSearch, rhs: CaseSearch) -> Bool { lhs.built == rhs.built }
}
