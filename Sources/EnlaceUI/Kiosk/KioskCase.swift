import EnlaceModel

/// One active case as the wall display knows it. A case above the marking ceiling keeps only
/// its id: its status, priority, due day, lead agency, title, notes and contacts are not copied,
/// so no view, count or order can reveal them.
public struct KioskCase: Sendable, Equatable {
    public var id: String
    /// What may be shown; nil when the case is restricted.
    public var shown: Shown?

    /// The parts of a case under the ceiling.
    public struct Shown: Sendable, Equatable {
        public var status: Status
        public var priority: Priority
        public var due: Day?
        public var leadAgency: String
        public var title: String
        public var titleEs: String?
        public var marking: Marking
    }

    public var isRestricted: Bool { shown == nil }

    /// Overdue: its due day is before `today` (only active cases are kept). Never for a
    /// restricted case, whose due day is not known here.
    public func isOverdue(on today: Day) -> Bool {
        guard let due = shown?.due else { return false }
        return due < today
    }

    /// Due today or within the next seven days, not overdue.
    public func isDueSoon(on today: Day) -> Bool {
        guard let due = shown?.due, due >= today else { return false }
        return due.daysSinceEpoch - today.daysSinceEpoch <= KioskCase.soonDays
    }

    static let soonDays = 7
}

/// A note of a shown case, for the "latest notes" panel.
public struct KioskNote: Sendable, Equatable {
    public var caseID: String
    public var at: Timestamp
    public var author: String
    public var text: String
}
