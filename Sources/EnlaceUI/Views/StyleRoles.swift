import EnlaceModel

/// The style roles of the data's vocabularies: the terminal turns roles into colours.
extension Marking {
    var role: StyleRole {
        switch self {
        case .clear: .tlpClear
        case .green: .tlpGreen
        case .amber, .amberStrict: .tlpAmber
        case .red: .tlpRed
        }
    }
}

extension Priority {
    var role: StyleRole {
        switch self {
        case .low: .priorityLow
        case .medium: .priorityMedium
        case .high: .priorityHigh
        case .critical: .priorityCritical
        }
    }
}

/// How a due date looks: overdue, due within `soonDays`, or plain.
enum DueStyle {
    static let soonDays = 7

    static func style(of record: Case, today: Day) -> Style {
        guard record.status != .closed, let due = record.due else { return Style(.closed) }
        if record.isOverdue(on: today) { return Style(.overdue, .bold) }
        if due.daysSinceEpoch - today.daysSinceEpoch <= soonDays { return Style(.dueSoon) }
        return .normal
    }
}
