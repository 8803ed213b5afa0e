import EnlaceModel
import EnlaceText

/// The small words of a brief: dates and the closed vocabularies in the brief's language.
enum BriefWording {
    static func day(_ day: Day, _ language: Language) -> String { DateText.day(day, language) }

    /// "Aug 6, 2026 18:10 UTC" / "6 ago 2026 18:10 UTC": notes are logged in UTC and the brief
    /// says so rather than guess the reader's zone.
    static func time(_ timestamp: Timestamp, _ language: Language) -> String {
        let secondsOfDay = Int(((timestamp.secondsSinceEpoch % 86_400) + 86_400) % 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day(timestamp.day, language)) \(two(secondsOfDay / 3600)):\(two(secondsOfDay / 60 % 60)) \(BriefPhrase.utc(language))"
    }

    static func due(_ due: Day?, _ language: Language) -> String {
        due.map { day($0, language) } ?? BriefPhrase.noDueDate(language)
    }

    /// The facts every format lists under a case's heading, labelled, in this order.
    static func facts(_ brief: CaseBrief, _ language: Language) -> [(label: BriefPhrase, value: String)] {
        [
            (.status, brief.status.phrase(language)),
            (.priority, brief.priority.phrase(language)),
            (.marking, brief.marking.rawValue),
            (.opened, day(brief.opened, language)),
            (.due, due(brief.due, language)),
            (.nextAction, ShownText.isBlank(brief.nextAction) ? BriefPhrase.notSet(language) : brief.nextAction),
            (.post, postAndRegion(brief, language)),
            (.owner, brief.owner),
            (.tags, brief.tags.isEmpty ? BriefPhrase.noTags(language) : brief.tags.joined(separator: ", ")),
        ]
    }

    /// "Monterrey · Northeast", either alone, or "not set".
    static func postAndRegion(_ brief: CaseBrief, _ language: Language) -> String {
        let parts = [brief.post, brief.region].filter { !ShownText.isBlank($0) }
        return parts.isEmpty ? BriefPhrase.notSet(language) : parts.joined(separator: " · ")
    }

    /// "DEA — Drug Enforcement Administration", or the code alone when the registry lacks it.
    static func agency(_ entry: CaseBrief.AgencyEntry) -> String {
        entry.name.map { "\(entry.code) — \($0)" } ?? entry.code
    }
}
