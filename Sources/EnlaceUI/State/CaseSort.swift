/// The orders of the cases list; `s` cycles through them in this order.
public enum CaseSort: CaseIterable, Sendable, Hashable {
    /// Soonest due first, cases without a due date last; then highest priority. Closed cases
    /// after all open ones.
    case due
    /// Critical first; then soonest due. Closed cases after all open ones.
    case priority
    /// Most recently updated first.
    case updated
    /// By case id, oldest first.
    case id

    public var next: CaseSort {
        let all = CaseSort.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}

/// How the contacts pane groups its people; `c` toggles.
public enum ContactGrouping: Sendable, Hashable {
    case byAgency, byPost

    public var toggled: ContactGrouping { self == .byAgency ? .byPost : .byAgency }
}
