/// The report a Mexican official files with SRE and SSPC after meeting or calling a foreign
/// agent (Ley de Seguridad Nacional, reform of December 2020): what the counterpart confirmed.
public struct ContactReport: Codable, Sendable, Equatable {
    /// The day the official filed it.
    public var filedOn: Day
    /// The acknowledgement number the official gave, if any.
    public var acknowledgement: String

    public init(filedOn: Day, acknowledgement: String = "") {
        self.filedOn = filedOn
        self.acknowledgement = acknowledgement
    }

    enum CodingKeys: String, CodingKey { case filedOn, acknowledgement }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        filedOn = try c.decode(Day.self, forKey: .filedOn)
        acknowledgement = try c.decodeIfPresent(String.self, forKey: .acknowledgement) ?? ""
    }
}

/// Where a log entry's three-day report stands on a given day.
public enum ContactReportState: Sendable, Equatable {
    /// No Mexican official took part: no report is owed.
    case notRequired
    /// Owed by `due`, which is today or later.
    case due(Day)
    /// Owed by `due`, which has passed.
    case overdue(Day)
    /// Confirmed by the counterpart.
    case confirmed(ContactReport)

    /// Every state's word, in order.
    public static let keywords = ["due", "overdue", "confirmed", "none"]

    /// The state's word from what a query says, in English or Spanish (`vence`, `vencido`,
    /// `presentado`/`confirmado`, `ninguno`).
    public static func keyword(parsing text: some StringProtocol) -> String? {
        let folded = FoldedText(folding: text.trimmingSpaces).text
        switch folded {
        case "vence", "pendiente": return "due"
        case "vencido", "atrasado": return "overdue"
        case "presentado", "confirmado", "filed": return "confirmed"
        case "ninguno": return "none"
        default: return keywords.contains(folded) ? folded : nil
        }
    }

    /// The word a query and `--json` use for the state: `due`, `overdue`, `confirmed`, `none`.
    public var keyword: String {
        switch self {
        case .notRequired: "none"
        case .due: "due"
        case .overdue: "overdue"
        case .confirmed: "confirmed"
        }
    }
}

extension LogEntry {
    /// Calendar days the official has to file the report after the contact.
    public static let reportDays = 3

    /// The day the report is due: three calendar days after the day the contact began (UTC, as
    /// every day on the board); nil when no official took part.
    public var reportDue: Day? {
        officials.isEmpty ? nil : start.day.adding(days: Self.reportDays)
    }

    /// The report's state on `today`.
    public func reportState(today: Day) -> ContactReportState {
        if let report { return .confirmed(report) }
        guard let due = reportDue else { return .notRequired }
        return today > due ? .overdue(due) : .due(due)
    }
}

/// A log entry as `--json` and a report's JSON write it: the record's fields, then
/// `reportState` (`due`, `overdue`, `confirmed`, `none`) and `reportDue` as of `today`, which
/// scripts would otherwise work out themselves.
public struct LogEntryWithReportState: Encodable, Sendable {
    public let entry: LogEntry
    public let today: Day

    public init(_ entry: LogEntry, today: Day) {
        self.entry = entry
        self.today = today
    }

    private enum Keys: String, CodingKey { case reportState, reportDue }

    public func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(entry.reportState(today: today).keyword, forKey: .reportState)
        try container.encodeIfPresent(entry.reportDue, forKey: .reportDue)
    }
}
