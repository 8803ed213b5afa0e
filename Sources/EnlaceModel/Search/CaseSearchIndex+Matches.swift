extension CaseSearchIndex {
    /// What a filter found, kept so that the next keystroke can start from it
    /// (`filter(_:context:after:)`).
    public struct Matches: Sendable {
        /// Positions of the matching cases, ascending.
        let cases: [Int32]
        /// Per term of `query`: for a word that must be present, where it was found in each
        /// matching case, parallel to `cases`; empty for other terms.
        let finds: [[WordFind]]
        let query: Query
        let today: Day
        /// The index's revision it was computed on.
        let revision: Int
        /// How many cases' texts the filter read (the rest were decided from `TextFeatures`
        /// and from the last answer): what the tests and `enlace-bench` hold the work of a
        /// keystroke to.
        public let textsRead: Int

        /// The positions of the matching cases, in order.
        public var positions: [Int] { cases.map(Int.init) }

        /// How many cases matched.
        public var count: Int { cases.count }

        /// Calls `body` with the position of every matching case, in order.
        public func forEach(_ body: (Int) throws -> Void) rethrows {
            for position in cases { try body(Int(position)) }
        }
    }

    /// Where a word was found in one case's text.
    struct WordFind: Sendable {
        /// The first occurrence, from the start of the case's text; where the text was not read
        /// (`TextFeatures` answered), a lower bound. -1: not found.
        var offset: Int32
        /// The 16 bytes of text from `offset` on, zeros past the end of the case's text; all
        /// zeros where the text was not read. The next keystroke's longer word is checked
        /// against these without reading the text again.
        var head: SIMD16<UInt8>

        static let notFound = WordFind(offset: -1, head: .zero)

        var isFound: Bool { offset >= 0 }
        /// Whether `head` holds the text (a found word starts with a byte other than zero).
        var isHeadKnown: Bool { head[0] != 0 }
    }

    /// The candidates of a filter as its terms narrow them, with the words found so far.
    struct Survivors {
        var cases: [Int32]
        var finds: [[WordFind]]

        init(cases: [Int32], termCount: Int) {
            self.cases = cases
            finds = Array(repeating: [], count: termCount)
        }

        /// Keeps the cases for which `holds` (given a case's position) differs from `negated`.
        mutating func narrow(_ negated: Bool, _ holds: (Int) -> Bool) {
            keep { position, _ in holds(Int(position)) != negated }
        }

        /// Keeps the cases where a word was found, or where it was not when `negated`; where a
        /// word was found becomes the term's.
        mutating func narrow(by found: [WordFind], negated: Bool, term: Int) {
            finds[term] = negated ? [] : found
            keep { _, slot in found[slot].isFound != negated }
        }

        /// Keeps the cases `isKept` (given a case's position and its slot) says, in place.
        private mutating func keep(_ isKept: (Int32, Int) -> Bool) {
            // Taken out of `self` so that writing them does not copy them.
            var list = cases
            cases = []
            var carried: [(term: Int, finds: [WordFind])] = []
            for term in finds.indices where !list.isEmpty && finds[term].count == list.count {
                carried.append((term, finds[term]))
                finds[term] = []
            }
            var kept = 0
            for slot in list.indices where isKept(list[slot], slot) {
                list[kept] = list[slot]
                for index in carried.indices { carried[index].finds[kept] = carried[index].finds[slot] }
                kept += 1
            }
            list.removeLast(list.count - kept)
            cases = list
            for (term, var termFinds) in carried {
                termFinds.removeLast(termFinds.count - kept)
                finds[term] = termFinds
            }
        }
    }
}
