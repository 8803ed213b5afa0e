import EnlaceModel
import EnlaceText

// Display words for record values. Files and --json keep the raw values of DESIGN.md.

extension Status {
    func word(_ language: Language) -> String {
        switch self {
        case .new: CommonPhrase.statusNew(language)
        case .active: CommonPhrase.statusActive(language)
        case .waiting: CommonPhrase.statusWaiting(language)
        case .closed: CommonPhrase.statusClosed(language)
        }
    }
}

extension Priority {
    func word(_ language: Language) -> String {
        switch self {
        case .low: CommonPhrase.priorityLow(language)
        case .medium: CommonPhrase.priorityMedium(language)
        case .high: CommonPhrase.priorityHigh(language)
        case .critical: CommonPhrase.priorityCritical(language)
        }
    }
}

extension Day {
    func text(_ language: Language) -> String { DateText.day(year: year, month: month, day: day, language) }
}

extension Case {
    /// The Spanish title when the language is Spanish and the case has one.
    func localizedTitle(_ language: Language) -> String {
        language == .es ? (titleEs ?? title) : title
    }

    func localizedSummary(_ language: Language) -> String {
        language == .es ? (summaryEs ?? summary) : summary
    }
}
