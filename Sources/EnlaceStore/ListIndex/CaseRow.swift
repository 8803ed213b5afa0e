import EnlaceModel

/// One case as a list shows it and as queries test it, without its summary, notes, contacts or
/// links: what `Store.loadListIndex()` gives for every case of a board without decoding the
/// case files. `Store.loadCase(id:)` or `Store.loadCases(ids:)` give the whole case.
public struct CaseRow: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var titleEs: String?
    public var status: Status
    public var priority: Priority
    public var marking: Marking
    public var releasableToMexico: Bool
    public var leadAgency: String
    /// Participating agencies besides the lead, by code, as in the case.
    public var agencies: [String]
    public var tags: [String]
    public var region: String
    public var post: String
    /// The officer who answers for the case (`Case.owner`).
    public var owner: String
    public var opened: Day
    public var due: Day?
    public var version: Int
    public var updatedAt: Timestamp

    public init(_ record: Case) {
        id = record.id
        title = record.title
        titleEs = record.titleEs
        status = record.status
        priority = record.priority
        marking = record.marking
        releasableToMexico = record.releasableToMexico
        leadAgency = record.leadAgency
        agencies = record.agencies
        tags = record.tags
        region = record.region
        post = record.post
        owner = record.owner
        opened = record.opened
        due = record.due
        version = record.version
        updatedAt = record.updatedAt
    }

    init(
        id: String, title: String, titleEs: String?, status: Status, priority: Priority, marking: Marking,
        releasableToMexico: Bool, leadAgency: String, agencies: [String], tags: [String], region: String,
        post: String, owner: String, opened: Day, due: Day?, version: Int, updatedAt: Timestamp
    ) {
        self.id = id
        self.title = title
        self.titleEs = titleEs
        self.status = status
        self.priority = priority
        self.marking = marking
        self.releasableToMexico = releasableToMexico
        self.leadAgency = leadAgency
        self.agencies = agencies
        self.tags = tags
        self.region = region
        self.post = post
        self.owner = owner
        self.opened = opened
        self.due = due
        self.version = version
        self.updatedAt = updatedAt
    }

    /// Overdue: still open and its due day is before `today` (as `Case.isOverdue`).
    public func isOverdue(on today: Day) -> Bool {
        guard status != .closed, let due else { return false }
        return due < today
    }

    /// A case with this row's fields and no summary, next action, notes, contacts or links:
    /// what a query term on these fields sees, and what a board shows until the whole case is
    /// read. Never saved: it would drop what it lacks. The board edits only a `WholeCase`
    /// (EnlaceUI), which it makes from its cases only once they are whole.
    public var skeleton: Case {
        Case(
            id: id, title: title, titleEs: titleEs, status: status, priority: priority, marking: marking,
            releasableToMexico: releasableToMexico, leadAgency: leadAgency, agencies: agencies, tags: tags,
            region: region, post: post, opened: opened, due: due, owner: owner, version: version,
            createdAt: updatedAt, createdBy: "", updatedAt: updatedAt, updatedBy: "")
    }
}
