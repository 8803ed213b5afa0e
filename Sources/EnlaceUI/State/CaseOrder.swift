import EnlaceModel

/// The cases list's orders, computed on integer keys.
///
/// Each case gets one `UInt64` that packs its sort key above its rank by id, so that sorting
/// 100,000 cases compares integers rather than tuples holding strings and records: the sort a
/// large board does on its first screen and on every `s`.
enum CaseOrder {
    /// Positions in `cases`, in the order `sort` lists them.
    static func sorted(_ cases: [Case], by sort: CaseSort) -> [Int] {
        let ranks = RanksByID(cases)
        var keys = [UInt64](repeating: 0, count: cases.count)
        // Fields are read in place: a copy of each 2 KB case would retain and release its strings.
        for index in cases.indices {
            let closed: UInt64 = cases[index].status == .closed ? 1 : 0
            // Days as an unsigned count that keeps their order; no due day sorts last.
            let due = cases[index].due.map { UInt64(UInt32(truncatingIfNeeded: $0.daysSinceEpoch + Int(Int32.max))) } ?? UInt64(UInt32.max)
            let urgency = UInt64(Priority.allCases.count - 1 - (Priority.allCases.firstIndex(of: cases[index].priority) ?? 0))
            let key: UInt64
            switch sort {
            case .due: key = closed << 35 | due << 3 | urgency
            case .priority: key = closed << 35 | urgency << 32 | due
            // Newest first: a later time gets a smaller key (36 bits of seconds reach year 4147).
            case .updated: key = RanksByID.keyMask - UInt64(min(max(0, cases[index].updatedAt.secondsSinceEpoch), Int64(RanksByID.keyMask)))
            case .id: key = 0
            }
            keys[index] = key << RanksByID.bits | UInt64(ranks.rank(of: index))
        }
        keys.sort()
        return keys.map { ranks.index(ofRank: Int($0 & RanksByID.mask)) }
    }
}

/// Each case's place in id order. A board's cases usually arrive sorted by id (the store reads
/// them so), and then a case's rank is its position; otherwise the ids are sorted once.
private struct RanksByID {
    /// Room for 268 million cases below the sort key.
    static let bits: UInt64 = 28
    static let mask: UInt64 = (1 << bits) - 1
    /// The largest sort key that fits above the rank.
    static let keyMask: UInt64 = (1 << (64 - bits)) - 1

    private var rankOfIndex: [Int]?
    private var indexOfRank: [Int]?

    init(_ cases: [Case]) {
        let inOrder = cases.indices.dropFirst().allSatisfy { cases[$0 - 1].id < cases[$0].id }
        guard !inOrder else { return }
        let order = cases.indices.sorted { cases[$0].id < cases[$1].id }
        var ranks = [Int](repeating: 0, count: cases.count)
        for (rank, index) in order.enumerated() { ranks[index] = rank }
        rankOfIndex = ranks
        indexOfRank = order
    }

    func rank(of index: Int) -> Int { rankOfIndex?[index] ?? index }
    func index(ofRank rank: Int) -> Int { indexOfRank?[rank] ?? rank }
}
