import EnlaceModel

/// The cases list's orders, computed on integer keys.
///
/// Each case gets one `UInt64` that packs its sort key above its rank by id, so that sorting
/// 100,000 cases compares integers rather than tuples holding strings and records: the sort a
/// large board does on its first screen and on every `s`.
enum CaseOrder {
    /// Positions in `cases`, in the order `sort` lists them.
    static func sorted(_ cases: CaseTable, by sort: CaseSort) -> [Int] {
        let ranks = RanksByID(cases)
        var keys = [UInt64](repeating: 0, count: cases.count)
        for index in cases.indices {
            keys[index] = key(of: index, in: cases, by: sort) << RanksByID.bits | UInt64(ranks.rank(of: index))
        }
        keys.sort()
        return keys.map { ranks.index(ofRank: Int($0 & RanksByID.mask)) }
    }

    /// `order` (the positions of `cases` in `sort`'s order) after the case at `position`
    /// changed or was appended: that one position taken out and put back where it now
    /// belongs, as `sorted` would place it. One case's cost, not a sort of the board.
    static func reposition(_ position: Int, in order: inout [Int], cases: CaseTable, by sort: CaseSort) {
        if let current = order.firstIndex(of: position) { order.remove(at: current) }
        let moved = (key(of: position, in: cases, by: sort), cases[position].id)
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if (key(of: order[middle], in: cases, by: sort), cases[order[middle]].id) < moved { low = middle + 1 } else { high = middle }
        }
        order.insert(position, at: low)
    }

    /// What `sort` orders the case at `index` by, before its id; it fits above the rank by id in
    /// 64 bits. Fields are read in place: a copy of each case would retain and release its texts
    /// and lists.
    private static func key(of index: Int, in cases: CaseTable, by sort: CaseSort) -> UInt64 {
        let closed: UInt64 = cases[index].status == .closed ? 1 : 0
        // Days as an unsigned count that keeps their order; no due day sorts last.
        let due = cases[index].due.map { UInt64(UInt32(truncatingIfNeeded: $0.daysSinceEpoch + Int(Int32.max))) } ?? UInt64(UInt32.max)
        let urgency = UInt64(Priority.allCases.count - 1 - (Priority.allCases.firstIndex(of: cases[index].priority) ?? 0))
        switch sort {
        case .due: return closed << 35 | due << 3 | urgency
        case .priority: return closed << 35 | urgency << 32 | due
        // Newest first: a later time gets a smaller key (36 bits of seconds reach year 4147).
        case .updated: return RanksByID.keyMask - UInt64(min(max(0, cases[index].updatedAt.secondsSinceEpoch), Int64(RanksByID.keyMask)))
        case .id: return 0
        }
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

    init(_ cases: CaseTable) {
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
