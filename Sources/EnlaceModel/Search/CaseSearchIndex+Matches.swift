extension CaseSearchIndex {
    /// What a filter found, kept so that the next keystroke can start from it
    /// (`filter(_:context:after:)`).
    public struct Matches: Sendable {
        /// Positions of the matching cases, ascending.
        let cases: [Int32]
        /// Per term of `query`: for a word that must be present, where it first occurs in the
        /// text of each matching case (a lower bound where the text was not read), parallel to
        /// `cases`; empty for other terms.
        let offsets: [[Int32]]
        let query: Query
        let today: Day
        /// The index's revision it was computed on.
        let revision: Int

        /// The positions of the matching cases, in order.
        public var positions: [Int] { cases.map(Int.init) }

        /// How many cases matched.
        public var count: Int { cases.count }

        /// Calls `body` with the position of every matching case, in order.
        public func forEach(_ body: (Int) throws -> Void) rethrows {
            for position in cases { try body(Int(position)) }
        }
    }

    /// The candidates of a filter as its terms narrow them, with the word offsets found so far.
    struct Survivors {
        var cases: [Int32]
        var offsets: [[Int32]]

        init(cases: [Int32], termCount: Int) {
            self.cases = cases
            offsets = Array(repeating: [], count: termCount)
        }

        /// Keeps the cases for which `holds` (given a case's position) differs from `negated`.
        mutating func narrow(_ negated: Bool, _ holds: (Int) -> Bool) {
            keep { position, _ in holds(Int(position)) != negated }
        }

        /// Keeps the cases where a word was found (`found[slot] >= 0`), or where it was not
        /// when `negated`; a found word's offsets become the term's.
        mutating func narrow(by found: [Int32], negated: Bool, term: Int) {
            offsets[term] = negated ? [] : found
            keep { _, slot in (found[slot] >= 0) != negated }
        }

        /// Keeps the cases `isKept` (given a case's position and its slot) says, in place.
        private mutating func keep(_ isKept: (Int32, Int) -> Bool) {
            // Taken out of `self` so that writing them does not copy them.
            var list = cases
            cases = []
            var carried: [(term: Int, offsets: [Int32])] = []
            for term in offsets.indices where !list.isEmpty && offsets[term].count == list.count {
                carried.append((term, offsets[term]))
                offsets[term] = []
            }
            var kept = 0
            for slot in list.indices where isKept(list[slot], slot) {
                list[kept] = list[slot]
                for index in carried.indices { carried[index].offsets[kept] = carried[index].offsets[slot] }
                kept += 1
            }
            list.removeLast(list.count - kept)
            cases = list
            for (term, termOffsets) in carried { offsets[term] = Array(termOffsets.prefix(kept)) }
        }
    }
}
