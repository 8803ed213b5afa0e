/// One contact of the liaison log: a meeting, call or message between this post's officers and
/// Mexican officials (or an event they attended), with what was discussed and, when an official
/// took part, the report the official must file within three days.
///
/// Field names are a contract like a case's: `enlace log list --json` writes them, `log/` files
/// and imports hold them. One file per entry, `log/LOG-2026-0001.json`.
public struct LogEntry: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var kind: LogKind
    /// When the contact began, and when it ended if it was not a moment.
    public var start: Timestamp
    public var end: Timestamp?
    public var post: String
    public var place: String
    /// This post's officers who took part, by login.
    public var officers: [String]
    /// The Mexican officials met, by contact id.
    public var officials: [String]
    /// The agencies at the table, by code (the officials' and any other).
    public var agencies: [String]
    /// The cases discussed, by case id.
    public var cases: [String]
    public var topic: String
    public var topicEs: String?
    public var summary: String
    public var summaryEs: String?
    public var marking: Marking
    public var releasableToMexico: Bool
    /// What was agreed to do next, one line each.
    public var followUps: [String]
    /// What the counterpart confirmed of the report on this contact; nil while the officer waits.
    public var report: ContactReport?
    public var version: Int
    public var createdAt: Timestamp
    public var createdBy: String
    public var updatedAt: Timestamp
    public var updatedBy: String
    /// Fields this version does not know, written back by every save (empty almost always).
    public var unknownFields: UnknownFields

    public init(
        id: String, kind: LogKind, start: Timestamp, end: Timestamp? = nil, post: String = "", place: String = "",
        officers: [String] = [], officials: [String] = [], agencies: [String] = [], cases: [String] = [],
        topic: String, topicEs: String? = nil, summary: String = "", summaryEs: String? = nil,
        marking: Marking = .amber, releasableToMexico: Bool = false, followUps: [String] = [],
        report: ContactReport? = nil, version: Int = 1, createdAt: Timestamp, createdBy: String,
        updatedAt: Timestamp? = nil, updatedBy: String? = nil, unknownFields: UnknownFields = UnknownFields()
    ) {
        self.id = id
        self.kind = kind
        self.start = start
        self.end = end
        self.post = post
        self.place = place
        self.officers = officers
        self.officials = officials
        self.agencies = agencies
        self.cases = cases
        self.topic = topic
        self.topicEs = topicEs
        self.summary = summary
        self.summaryEs = summaryEs
        self.marking = marking
        self.releasableToMexico = releasableToMexico
        self.followUps = followUps
        self.report = report
        self.version = version
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.updatedAt = updatedAt ?? createdAt
        self.updatedBy = updatedBy ?? createdBy
        self.unknownFields = unknownFields
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, start, end, post, place, officers, officials, agencies, cases, topic, topicEs, summary, summaryEs
        case marking, releasableToMexico, followUps, report, version, createdAt, createdBy, updatedAt, updatedBy
    }

    /// Required: `id`, `kind`, `start`, `topic`, `marking`, `version`, `createdAt`, `createdBy`;
    /// lists default to empty, `releasableToMexico` to false, `updatedAt`/`updatedBy` to the
    /// creation's. Any other key is kept in `unknownFields`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(LogKind.self, forKey: .kind)
        start = try c.decode(Timestamp.self, forKey: .start)
        end = try c.decodeIfPresent(Timestamp.self, forKey: .end)
        post = try c.decodeIfPresent(String.self, forKey: .post) ?? ""
        place = try c.decodeIfPresent(String.self, forKey: .place) ?? ""
        officers = try c.decodeIfPresent([String].self, forKey: .officers) ?? []
        officials = try c.decodeIfPresent([String].self, forKey: .officials) ?? []
        agencies = try c.decodeIfPresent([String].self, forKey: .agencies) ?? []
        cases = try c.decodeIfPresent([String].self, forKey: .cases) ?? []
        topic = try c.decode(String.self, forKey: .topic)
        topicEs = try c.decodeIfPresent(String.self, forKey: .topicEs)
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        summaryEs = try c.decodeIfPresent(String.self, forKey: .summaryEs)
        marking = try c.decode(Marking.self, forKey: .marking)
        releasableToMexico = try c.decodeIfPresent(Bool.self, forKey: .releasableToMexico) ?? false
        followUps = try c.decodeIfPresent([String].self, forKey: .followUps) ?? []
        report = try c.decodeIfPresent(ContactReport.self, forKey: .report)
        version = try c.decode(Int.self, forKey: .version)
        createdAt = try c.decode(Timestamp.self, forKey: .createdAt)
        createdBy = try c.decode(String.self, forKey: .createdBy)
        updatedAt = try c.decodeIfPresent(Timestamp.self, forKey: .updatedAt) ?? createdAt
        updatedBy = try c.decodeIfPresent(String.self, forKey: .updatedBy) ?? createdBy
        unknownFields = try UnknownFields(from: decoder, known: CodingKeys.self)
    }

    /// Every key, the optional ones only when given; then the unknown fields.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
        try c.encode(post, forKey: .post)
        try c.encode(place, forKey: .place)
        try c.encode(officers, forKey: .officers)
        try c.encode(officials, forKey: .officials)
        try c.encode(agencies, forKey: .agencies)
        try c.encode(cases, forKey: .cases)
        try c.encode(topic, forKey: .topic)
        try c.encodeIfPresent(topicEs, forKey: .topicEs)
        try c.encode(summary, forKey: .summary)
        try c.encodeIfPresent(summaryEs, forKey: .summaryEs)
        try c.encode(marking, forKey: .marking)
        try c.encode(releasableToMexico, forKey: .releasableToMexico)
        try c.encode(followUps, forKey: .followUps)
        try c.encodeIfPresent(report, forKey: .report)
        try c.encode(version, forKey: .version)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(createdBy, forKey: .createdBy)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(updatedBy, forKey: .updatedBy)
        try unknownFields.encode(to: encoder)
    }
}

/// What kind of contact a log entry records.
public enum LogKind: String, Codable, Sendable, CaseIterable {
    case meeting, call
    case videoCall = "video-call"
    case message, event

    /// The kind from what a query says, in English or Spanish (`reunion`, `llamada`,
    /// `videollamada`, `mensaje`, `evento`), `video call` with a space too.
    public init?(parsing text: some StringProtocol) {
        let folded = FoldedText(folding: text.trimmingSpaces).text.replacingOccurrences(of: " ", with: "-")
        switch folded {
        case "reunion": self = .meeting
        case "llamada": self = .call
        case "videollamada", "videocall": self = .videoCall
        case "mensaje": self = .message
        case "evento": self = .event
        default: self.init(rawValue: folded)
        }
    }
}
