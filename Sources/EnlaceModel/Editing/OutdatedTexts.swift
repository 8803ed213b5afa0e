/// Which of a case's texts may be out of date after a change: when an officer changes the
/// English title and not the Spanish one (or the reverse), the one left as it was may no longer
/// say the same. A text is no longer marked once it is edited, or once an officer confirms
/// the texts.
public enum OutdatedTexts {
    /// The pairs of texts that translate each other.
    static let pairs: [(english: CaseField, spanish: CaseField)] = [(.title, .titleEs), (.summary, .summaryEs)]

    /// `after.outdatedTexts` as `before` → `after` leaves them; with `confirmed`, none.
    public static func marked(before: Case, after: Case, confirmed: Bool) -> [String] {
        if confirmed { return [] }
        var marked = Set(before.outdatedTexts)
        for (english, spanish) in pairs {
            let englishChanged = !english.isSame(before, after)
            let spanishChanged = !spanish.isSame(before, after)
            // A text brought up to date says nothing new: the other stays as it is.
            let englishNews = englishChanged && !before.isOutdated(english)
            let spanishNews = spanishChanged && !before.isOutdated(spanish)
            if englishChanged { marked.remove(english.rawValue) }
            if spanishChanged { marked.remove(spanish.rawValue) }
            // Only a version that exists, changed on one side only: a first translation makes
            // nothing out of date.
            if englishNews, !spanishChanged, hasText(spanish, before) { marked.insert(spanish.rawValue) }
            if spanishNews, !englishChanged, hasText(spanish, before), hasText(english, before) {
                marked.insert(english.rawValue)
            }
        }
        return marked.sorted()
    }

    private static func hasText(_ field: CaseField, _ record: Case) -> Bool {
        let text: String? = switch field {
        case .title: record.title
        case .titleEs: record.titleEs
        case .summary: record.summary
        case .summaryEs: record.summaryEs
        default: nil
        }
        return !(text ?? "").allSatisfy(\.isWhitespace)
    }
}

extension Case {
    /// Whether the text of `field` (`title`, `titleEs`, `summary`, `summaryEs`) may be out of date.
    public func isOutdated(_ field: CaseField) -> Bool { outdatedTexts.contains(field.rawValue) }
}
