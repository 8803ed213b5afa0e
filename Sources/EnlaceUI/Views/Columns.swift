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
    /// The width of a shorter form of the column (abbreviated labels), tried before any
    /// column is dropped; nil when the column has none.
    var compactWidth: Int?
}

/// A column placed on the screen.
struct PlacedColumn<ID: Hashable> {
    var id: ID
    var x: Int
    var width: Int
    /// The column shows its shorter form.
    var isCompact = false
}

enum Columns {
    static let gap = 1

    /// Places `specs` in `width` cells: when the flexible column would get less than its
    /// minimum, the columns with a shorter form take it, then columns are dropped in their drop
    /// order; the flexible column takes what is left.
    static func fit<ID: Hashable>(_ specs: [ColumnSpec<ID>], width: Int) -> [PlacedColumn<ID>] {
        var kept = specs
        func flexibleWidth(_ columns: [ColumnSpec<ID>]) -> Int {
            let fixed = columns.filter { !$0.isFlexible }.reduce(0) { $0 + $1.width }
            return width - fixed - gap * max(0, columns.count - 1)
        }
        let minimum = specs.first(where: \.isFlexible)?.minimumWidth ?? 0
        var compact: Set<ID> = []
        if flexibleWidth(kept) < minimum {
            for index in kept.indices {
                guard let compactWidth = kept[index].compactWidth else { continue }
                kept[index].width = compactWidth
                compact.insert(kept[index].id)
            }
        }
        while flexibleWidth(kept) < minimum,
              let drop = kept.filter({ $0.dropOrder != nil }).min(by: { ($0.dropOrder ?? 0) < ($1.dropOrder ?? 0) }) {
            kept.removeAll { $0.id == drop.id }
        }
        var x = 0
        var placed: [PlacedColumn<ID>] = []
        for spec in kept {
            let columnWidth = max(0, min(spec.isFlexible ? flexibleWidth(kept) : spec.width, width - x))
            placed.append(PlacedColumn(id: spec.id, x: x, width: columnWidth, isCompact: compact.contains(spec.id)))
            x += columnWidth + gap
        }
        return placed
    }

    /// The widest of `texts`, in cells.
    static func widest(_ texts: [String]) -> Int {
        texts.map { CellWidth.of($0) }.max() ?? 0
    }
}
