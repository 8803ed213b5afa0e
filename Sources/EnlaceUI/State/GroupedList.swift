/// A pane's visible list: the items (indices into the board's records) in display order, and
/// the rows drawn for them, with group headings between groups.
///
/// Computed when the data, the filter, the sort or the grouping change — never while drawing
/// or moving the selection, which is what keeps a 100,000-case board instant.
public struct GroupedList: Sendable, Equatable {
    /// Indices into `BoardData.cases`, the registry's agencies or `BoardData.contacts`.
    public private(set) var items: [Int]
    /// The rows of a list in groups, headings included, and the row of each item; nil for a
    /// list without headings, whose row `i` is item `i`. The cases list has no headings, and
    /// spelling out 100,000 such rows cost 3 MB and a few milliseconds on every refilter.
    private var grouped: (rows: [ListRow], rowOfItem: [Int])?

    public init() {
        items = []
    }

    /// A list without headings.
    public init(items: [Int]) {
        self.items = items
    }

    /// A list in groups; an empty group gets no heading.
    public init(groups: [(heading: GroupHeading, items: [Int])]) {
        items = []
        var rows: [ListRow] = []
        var rowOfItem: [Int] = []
        for group in groups where !group.items.isEmpty {
            rows.append(.heading(group.heading))
            for item in group.items {
                rowOfItem.append(rows.count)
                rows.append(.item(items.count))
                items.append(item)
            }
        }
        if !items.isEmpty { grouped = (rows, rowOfItem) }
    }

    public var count: Int { items.count }

    /// How many rows the list draws: its items and its headings.
    public var rowCount: Int { grouped?.rows.count ?? items.count }

    /// The row at `index` (in `0..<rowCount`).
    public func row(_ index: Int) -> ListRow { grouped?.rows[index] ?? .item(index) }

    /// The row of the item at `position` (in `items.indices`).
    public func row(ofItem position: Int) -> Int { grouped?.rowOfItem[position] ?? position }

    public static func == (lhs: GroupedList, rhs: GroupedList) -> Bool {
        lhs.items == rhs.items && lhs.grouped?.rows == rhs.grouped?.rows && lhs.grouped?.rowOfItem == rhs.grouped?.rowOfItem
    }
}

/// A row of a list: a group heading or an item (by its position in `GroupedList.items`).
public enum ListRow: Sendable, Equatable {
    case heading(GroupHeading)
    case item(Int)
}

/// The heading of a group; its words are chosen when drawn, so `L` needs no recomputation.
public enum GroupHeading: Sendable, Equatable {
    case usAgencies
    case mexicanAgencies
    case agency(String)
    case post(String)
    case noPost
}
