/// A pane's visible list: the items (indices into the board's records) in display order, and
/// the rows drawn for them, with group headings between groups.
///
/// Computed when the data, the filter, the sort or the grouping change — never while drawing
/// or moving the selection, which is what keeps a 100,000-case board instant.
public struct GroupedList: Sendable, Equatable {
    /// Indices into `BoardData.cases`, the registry's agencies or `BoardData.contacts`.
    public private(set) var items: [Int]
    public private(set) var rows: [ListRow]
    /// The row of each item, parallel to `items`.
    public private(set) var rowOfItem: [Int]

    public init() {
        items = []
        rows = []
        rowOfItem = []
    }

    /// A list without headings.
    public init(items: [Int]) {
        self.items = items
        rows = items.indices.map { ListRow.item($0) }
        rowOfItem = Array(items.indices)
    }

    /// A list in groups; an empty group gets no heading.
    public init(groups: [(heading: GroupHeading, items: [Int])]) {
        items = []
        rows = []
        rowOfItem = []
        for group in groups where !group.items.isEmpty {
            rows.append(.heading(group.heading))
            for item in group.items {
                rowOfItem.append(rows.count)
                rows.append(.item(items.count))
                items.append(item)
            }
        }
    }

    public var count: Int { items.count }
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
