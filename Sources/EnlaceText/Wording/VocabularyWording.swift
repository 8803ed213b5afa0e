import EnlaceModel

/// The closed vocabularies as the screen says them, in the chosen language; files keep the raw
/// values of DESIGN.md.
extension Status {
    public func phrase(_ language: Language) -> String {
        switch self {
        case .new: CommonPhrase.statusNew(language)
        case .active: CommonPhrase.statusActive(language)
        case .waiting: CommonPhrase.statusWaiting(language)
        case .closed: CommonPhrase.statusClosed(language)
        }
    }
}

extension Priority {
    public func phrase(_ language: Language) -> String {
        switch self {
        case .low: CommonPhrase.priorityLow(language)
        case .medium: CommonPhrase.priorityMedium(language)
        case .high: CommonPhrase.priorityHigh(language)
        case .critical: CommonPhrase.priorityCritical(language)
        }
    }
}

extension LocalizedText {
    /// The text in `language`, or the other one when this one is empty.
    public func text(_ language: Language) -> String {
        let chosen = language == .en ? en : es
        return chosen.isEmpty ? (language == .en ? es : en) : chosen
    }
}

extension Case {
    /// The title in `language`: the Spanish title when asked for Spanish and there is one.
    public func title(_ language: Language) -> String {
        if language == .es, let titleEs, !titleEs.isEmpty { return titleEs }
        return title
    }

    /// The title shown for `language` is written in the other language (no Spanish title, or an
    /// English title field that holds Spanish words): the screen says so.
    public func isTitleInOtherLanguage(_ language: Language) -> Bool {
        let hasSpanish = !(titleEs ?? "").isEmpty
        let fieldLanguage: Language = language == .es && hasSpanish ? .es : .en
        return TextLanguage.of(title(language), field: fieldLanguage) != language
    }

    /// Whether the title shown for `language` is marked out of date (`OutdatedTexts`).
    public func isShownTitleOutdated(_ language: Language) -> Bool {
        isOutdated(language == .es && !(titleEs ?? "").isEmpty ? .titleEs : .title)
    }

    /// Whether the summary shown for `language` is marked out of date.
    public func isShownSummaryOutdated(_ language: Language) -> Bool {
        isOutdated(language == .es && !(summaryEs ?? "").isEmpty ? .summaryEs : .summary)
    }

    public func isSummaryInOtherLanguage(_ language: Language) -> Bool {
        let shown = summary(language)
        guard !shown.isEmpty else { return false }
        let fieldLanguage: Language = language == .es && !(summaryEs ?? "").isEmpty ? .es : .en
        return TextLanguage.of(shown, field: fieldLanguage) != language
    }

    public func summary(_ language: Language) -> String {
        if language == .es, let summaryEs, !summaryEs.isEmpty { return summaryEs }
        return summary
    }
}
