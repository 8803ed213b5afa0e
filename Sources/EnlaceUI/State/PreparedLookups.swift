import EnlaceModel

/// What taking new data works out from the data alone — the board's lookups and the cases in
/// every order — worked out beforehand, off the keyboard's thread, by whoever loaded the data.
/// At 100,000 cases that is most of what another officer's save costs the board (about 50 ms
/// of the 73); only the filters, which depend on the board's state, are left to `update`.
public struct PreparedLookups: Sendable, Equatable {
    let index: BoardIndex
    let orders: [CaseSort: [Int]]

    /// The lookups and orders of `data`; give them to `.dataChanged` with exactly this data.
    public init(_ data: BoardData) {
        index = BoardIndex(data)
        var orders: [CaseSort: [Int]] = [:]
        for sort in CaseSort.allCases { orders[sort] = CaseOrder.sorted(data.cases, by: sort) }
        self.orders = orders
    }
}
