/// A case coordinated between U.S. agencies and their Mexican counterparts.
///
/// Field names are a contract (DESIGN.md, schema version 1): scripts read them from `--json`,
/// `import` takes them, briefs print them. `titleEs` and `summaryEs` are optional Spanish texts.
public struct Case: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The title, the summary, their Spanish versions, the next action and the notes, in one
    /// heap block (`PackedCaseTexts`: a board holds 100,000 cases at once).
    private var texts: PackedCaseTexts
    public var title: String {
        get { texts[.title] }
        set { texts.change { $0.title = newValue } }
    }
    public var titleEs: String? {
        get { texts[spanish: .titleEs] }
        set { texts.change { $0.titleEs = newValue } }
    }
    public var summary: String {
        get { texts[.summary] }
        set { texts.change { $0.summary = newValue } }
    }
    public var summaryEs: String? {
        get { texts[spanish: .summaryEs] }
        set { texts.change { $0.summaryEs = newValue } }
    }
    public var status: Status
    public var priority: Priority
    public var marking: Marking
    public var releasableToMexico: Bool
    public var leadAgency: String
    /// Participating agencies besides the lead, U.S. and Mexican, by code.
    public var agencies: [String]
    /// Liaison contacts on the case, by contact id.
    public var contacts: [String]
    public var tags: [String]
    public var region: String
    public var post: String
    public var opened: Day
    public var due: Day?
    public var nextAction: String {
        get { texts[.nextAction] }
        set { texts.change { $0.nextAction = newValue } }
    }
    /// Linked cases, by case id.
    public var links: [String]
    public var notes: [Note] {
        get { texts.notes }
        set { texts.change { $0.notes = newValue } }
    }
    /// The officer the case is assigned to, by login, when someone assigned it; files written
    /// before owners existed, and cases nobody reassigned, have none (`owner` is then the
    /// creator).
    public var assignedOwner: String?
    /// The texts (`title`, `titleEs`, `summary`, `summaryEs`) that may be out of date: the other
    /// language's version changed and this one did not. Cleared when the text is edited or an
    /// officer confirms it.
    public var outdatedTexts: [String]
    /// The officer who answers for the case: the one assigned, or else the one who created it.
    public var owner: String {
        get { assignedOwner ?? createdBy }
        set { assignedOwner = newValue }
    }
    public var version: Int
    public var createdAt: Timestamp
    public var createdBy: String
    public var updatedAt: Timestamp
    public var updatedBy: String
    /// Fields this version does not know, written back by every save (empty almost always).
    public var unknownFields: UnknownFields

    public init(
        id: String, title: String, titleEs: String? = nil, summary: String = "", summaryEs: String? = nil,
        status: Status = .new, priority: Priority = .medium, marking: Marking = .amber,
        releasableToMexico: Bool = false, leadAgency: String, agencies: [String] = [], contacts: [String] = [],
        tags: [String] = [], region: String = "", post: String = "", opened: Day, due: Day? = nil,
        nextAction: String = "", links: [String] = [], notes: [Note] = [], owner: String? = nil,
        outdatedTexts: [String] = [], version: Int = 1,
        createdAt: Timestamp, createdBy: String, updatedAt: Timestamp? = nil, updatedBy: String? = nil,
        unknownFields: UnknownFields = UnknownFields()
    ) {
        self.id = id
        texts = PackedCaseTexts(.init(
            title: title, titleEs: titleEs, summary: summary, summaryEs: summaryEs, nextAction: nextAction, notes: notes))
        self.status = status
        self.priority = priority
        self.marking = marking
        self.releasableToMexico = releasableToMexico
        self.leadAgency = leadAgency
        self.agencies = agencies
        self.contacts = contacts
        self.tags = tags
        self.region = region
        self.post = post
        self.opened = opened
        self.due = due
        self.links = links
        self.assignedOwner = owner
        self.outdatedTexts = outdatedTexts
        self.version = version
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.updatedAt = updatedAt ?? createdAt
        self.updatedBy = updatedBy ?? createdBy
        self.unknownFields = unknownFields
    }

    /// Every agency on the case, lead first, without repeats.
    public var allAgencies: [String] {
        var seen: Set<String> = [leadAgency]
        return [leadAgency] + agencies.filter { seen.insert($0).inserted }
    }

    /// Overdue: still open and its due day is before `today`.
    public func isOverdue(on today: Day) -> Bool {
        guard status != .closed, let due else { return false }
        return due < today
    }

    enum CodingKeys: String, CodingKey {
        case id, title, titleEs, summary, summaryEs, status, priority, marking, releasableToMexico, leadAgency,
             agencies, contacts, tags, region, post, opened, due, nextAction, links, notes, version, createdAt,
             createdBy, updatedAt, updatedBy
        case assignedOwner = "owner"
        case outdatedTexts
    }

    /// Required: `id`, `title`, `status`, `priority`, `marking`, `leadAgency`, `opened`,
    /// `version`, `createdAt`, `createdBy`. Lists default to empty, texts to "", the releasable
    /// flag to false (the safe side), `updatedAt`/`updatedBy` to the creation's, `owner` to none
    /// (the creator answers for the case). Any other key
    /// is kept in `unknownFields`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        let title = try c.decode(String.self, forKey: .title)
        let titleEs = try c.decodeIfPresent(String.self, forKey: .titleEs)
        let summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        let summaryEs = try c.decodeIfPresent(String.self, forKey: .summaryEs)
        status = try c.decode(Status.self, forKey: .status)
        priority = try c.decode(Priority.self, forKey: .priority)
        marking = try c.decode(Marking.self, forKey: .marking)
        releasableToMexico = try c.decodeIfPresent(Bool.self, forKey: .releasableToMexico) ?? false
        leadAgency = try c.decode(String.self, forKey: .leadAgency)
        agencies = try c.decodeIfPresent([String].self, forKey: .agencies) ?? []
        contacts = try c.decodeIfPresent([String].self, forKey: .contacts) ?? []
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        region = try c.decodeIfPresent(String.self, forKey: .region) ?? ""
        post = try c.decodeIfPresent(String.self, forKey: .post) ?? ""
        opened = try c.decode(Day.self, forKey: .opened)
        due = try c.decodeIfPresent(Day.self, forKey: .due)
        let nextAction = try c.decodeIfPresent(String.self, forKey: .nextAction) ?? ""
        links = try c.decodeIfPresent([String].self, forKey: .links) ?? []
        let notes = try c.decodeIfPresent([Note].self, forKey: .notes) ?? []
        texts = PackedCaseTexts(.init(
            title: title, titleEs: titleEs, summary: summary, summaryEs: summaryEs, nextAction: nextAction, notes: notes))
        assignedOwner = try c.decodeIfPresent(String.self, forKey: .assignedOwner)
        outdatedTexts = try c.decodeIfPresent([String].self, forKey: .outdatedTexts) ?? []
        version = try c.decode(Int.self, forKey: .version)
        createdAt = try c.decode(Timestamp.self, forKey: .createdAt)
        createdBy = try c.decode(String.self, forKey: .createdBy)
        updatedAt = try c.decodeIfPresent(Timestamp.self, forKey: .updatedAt) ?? createdAt
        updatedBy = try c.decodeIfPresent(String.self, forKey: .updatedBy) ?? createdBy
        unknownFields = try UnknownFields(from: decoder, known: CodingKeys.self)
    }

    /// What the synthesized encoding wrote while the texts were stored one by one: every key,
    /// but `titleEs`, `summaryEs`, `due` and `owner` only when given and `outdatedTexts` only
    /// when not empty; then the unknown fields.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(titleEs, forKey: .titleEs)
        try c.encode(summary, forKey: .summary)
        try c.encodeIfPresent(summaryEs, forKey: .summaryEs)
        try c.encode(status, forKey: .status)
        try c.encode(priority, forKey: .priority)
        try c.encode(marking, forKey: .marking)
        try c.encode(releasableToMexico, forKey: .releasableToMexico)
        try c.encode(leadAgency, forKey: .leadAgency)
        try c.encode(agencies, forKey: .agencies)
        try c.encode(contacts, forKey: .contacts)
        try c.encode(tags, forKey: .tags)
        try c.encode(region, forKey: .region)
        try c.encode(post, forKey: .post)
        try c.encode(opened, forKey: .opened)
        try c.encodeIfPresent(due, forKey: .due)
        try c.encode(nextAction, forKey: .nextAction)
        try c.encode(links, forKey: .links)
        try c.encode(notes, forKey: .notes)
        try c.encodeIfPresent(assignedOwner, forKey: .assignedOwner)
        if !outdatedTexts.isEmpty { try c.encode(outdatedTexts, forKey: .outdatedTexts) }
        try c.encode(version, forKey: .version)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(createdBy, forKey: .createdBy)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(updatedBy, forKey: .updatedBy)
        try unknownFields.encode(to: encoder)
    }
}
