import EnlaceModel

/// What taking new data works out before filtering — the board's lookups, the cases in every
/// order, and how the cases stand to the search index in use — worked out beforehand, off the
/// keyboard's thread, by whoever loaded the data. At 100,000 cases that is nearly all of what
/// another officer's save costs the board; `update` only filters.
public struct PreparedLookups: Sendable, Equatable {
    let index: BoardIndex
    let orders: [CaseSort: [Int]]
    let drift: CaseSearch.Drift?

    /// The lookups and orders of `data`, and its drift from `searchIndex` (the board's
    /// `searchIndexInUse` when the load began); give them to `.dataChanged` with exactly this
    /// data. A drift from an index no longer in use by then is left aside.
    public init(_ data: BoardData, searchIndex: CaseSearch.Built? = nil) {
        index = BoardIndex(data)
        var orders: [CaseSort: [Int]] = [:]
        for sort in CaseSort.allCases { orders[sort] = CaseOrder.sorted(data.cases, by: sort) }
        self.orders = orders
        drift = searchIndex?.drift(to: data.cases)
    }
}
