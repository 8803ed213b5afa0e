import EnlaceModel

extension LogKind {
    /// The kind in words.
    public func phrase(_ language: Language) -> String {
        switch self {
        case .meeting: LogPhrase.kindMeeting(language)
        case .call: LogPhrase.kindCall(language)
        case .videoCall: LogPhrase.kindVideoCall(language)
        case .message: LogPhrase.kindMessage(language)
        case .event: LogPhrase.kindEvent(language)
        }
    }
}

extension ContactReportState {
    /// "due 2026-12-04", "OVERDUE since 2026-12-04", "filed 2026-12-03", "—".
    public func phrase(_ language: Language) -> String {
        switch self {
        case .notRequired: LogPhrase.reportNone(language)
        case .due(let day): LogPhrase.reportDue(language, ["day": day.iso])
        case .overdue(let day): LogPhrase.reportOverdue(language, ["day": day.iso])
        case .confirmed(let report): LogPhrase.reportConfirmed(language, ["day": report.filedOn.iso])
        }
    }
}

/// How a log entry's times and texts read, on the board and the command line alike.
public enum LogEntryWording {
    /// `2026-12-01 10:30` (UTC).
    public static func minute(_ time: Timestamp) -> String {
        String(time.iso.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}

extension LogEntry {
    /// The topic in `language`, the English one when there is no Spanish.
    public func topic(_ language: Language) -> String { language == .es ? (topicEs ?? topic) : topic }

    /// The summary in `language`, the English one when there is no Spanish.
    public func summary(_ language: Language) -> String { language == .es ? (summaryEs ?? summary) : summary }
}
