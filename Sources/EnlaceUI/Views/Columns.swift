import EnlaceText

/// A column of a list: its width, and when it gives way as the list narrows.
struct ColumnSpec<ID: Hashable> {
    var id: ID
    var width: Int
    /// Columns with a lower number are dropped first; nil is never dropped.
    var dropOrder: Int?
    /// The one column that takes the width left over (the title).
    var isFlexible = false
    /// The flexible column is not made narrower than this while another can be dropped.
    var minimumWidth = 0
}

/// A column placed on the screen.
struct PlacedColumn<ID: Hashable> {
    var id: ID
    var x: Int
    var width: Int
}

enum Columns {
    static let gap = 1

    /// Places `specs` in `width` cells, dropping columns in their drop order until the flexible
    /// column gets its minimum; the flexible column takes what is left.
    static func fit<ID: Hashable>(_ specs: [ColumnSpec<ID>], width: Int) -> [PlacedColumn<ID>] {
        var kept = specs
        func flexibleWidth(_ columns: [ColumnSpec<ID>]) -> Int {
            let fixed = columns.filter { !$0.isFlexible }.reduce(0) { $0 + $1.width }
            return width - fixed - gap * max(0, columns.count - 1)
        }
        let minimum = specs.first(where: \.isFlexible)?.minimumWidth ?? 0
        while flexibleWidth(kept) < minimum,
              let drop = kept.filter({ $0.dropOrder != nil }).min(by: { ($0.dropOrder ?? 0) < ($1.dropOrder ?? 0) }) {
            kept.removeAll { $0.id == drop.id }
        }
        var x = 0
        var placed: [PlacedColumn<ID>] = []
        for spec in kept {
            let columnWidth = max(0, min(spec.isFlexible ? flexibleWidth(kept) : spec.width, width - x))
            placed.append(PlacedColumn(id: spec.id, x: x, width: columnWidth))
            x += columnWidth + gap
        }
        return placed
    }

    /// The widest of `texts`, in cells.
    static func widest(_ texts: [String]) -> Int {
        texts.map { CellWidth.of($0) }.max() ?? 0
    }
}
