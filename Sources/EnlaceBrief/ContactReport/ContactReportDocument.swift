import EnlaceModel
import EnlaceText

/// The monthly report of contacts with Mexican officials that foreign agents file under the
/// National Security Law: every logged contact of a month, grouped by agency and official, with
/// the state of each official's three-day report. What `enlace report contacts` makes.
///
/// A releasable report holds only entries releasable to Mexico; the banner carries the most
/// restrictive marking of the entries it holds.
public struct ContactReportDocument: Sendable, Equatable {
    /// One official (or none, for contacts without one) and the month's entries that met them.
    public struct Group: Sendable, Equatable {
        public var agency: String
        public var agencyName: String
        public var official: Contact?
        public var entries: [LogEntry]
    }

    public var language: Language
    public var releasable: Bool
    /// `2026-11`.
    public var month: String
    public var marking: Marking
    public var generatedAt: Timestamp
    public var generatedBy: String
    /// The month's entries, oldest first: what the JSON format prints.
    public var entries: [LogEntry]
    /// By agency (registry order, unknown codes last), then official by name, no official last.
    public var groups: [Group]

    /// The report of the entries of `data.log` that began in `month` (`YYYY-MM`), those of
    /// `officer` or with `agency` only when given.
    public init(
        month: String, data: BoardData, officer: String? = nil, agency: String? = nil, options: BriefOptions
    ) {
        let wantedAgency = agency.map { data.registry.currentCode(for: $0) ?? $0.uppercased() }
        let chosen = data.log.filter { entry in
            String(entry.start.day.iso.prefix(7)) == month
                && (!options.releasable || entry.releasableToMexico)
                && (officer.map { entry.officers.contains($0) } ?? true)
                && (wantedAgency.map { code in entry.agencies.contains { (data.registry.currentCode(for: $0) ?? $0) == code } } ?? true)
        }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }

        language = options.language
        releasable = options.releasable
        self.month = month
        marking = chosen.map(\.marking).max() ?? .clear
        generatedAt = options.generatedAt
        generatedBy = options.generatedBy
        entries = chosen

        let contacts = Dictionary(data.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byKey: [String: Group] = [:]
        for entry in chosen {
            let officials = entry.officials.compactMap { contacts[$0] }
            let keys: [(agency: String, official: Contact?)] = officials.isEmpty
                ? [(entry.agencies.first ?? "", nil)]
                : officials.map { (data.registry.currentCode(for: $0.agency) ?? $0.agency, $0) }
            for (code, official) in keys {
                let key = code + "\u{0}" + (official?.id ?? "")
                var group = byKey[key] ?? Group(
                    agency: code, agencyName: data.registry.agency(code)?.name.text(options.language) ?? "", official: official,
                    entries: [])
                group.entries.append(entry)
                byKey[key] = group
            }
        }
        let agencyRank = Dictionary(data.registry.agencies.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        groups = byKey.values.sorted { a, b in
            let (rankA, rankB) = (agencyRank[a.agency] ?? Int.max, agencyRank[b.agency] ?? Int.max)
            if rankA != rankB { return rankA < rankB }
            if a.agency != b.agency { return a.agency < b.agency }
            switch (a.official, b.official) {
            case (let x?, let y?): return ReadingOrderKey(x.name, id: x.id) < ReadingOrderKey(y.name, id: y.id)
            case (.some, .none): return true
            default: return false
            }
        }
    }

    /// The banner: `TLP:AMBER — NOT RELEASABLE TO MEXICO`, as a brief's.
    public var banner: String {
        let release = releasable ? CommonPhrase.releasableToMexico : CommonPhrase.notReleasableToMexico
        return "\(marking.rawValue) — \(release(language))"
    }

    /// "Contacts with Mexican officials, 2026-11".
    public var heading: String { BriefPhrase.contactReportTitle(language, ["month": month]) }

    public var generatedLine: String {
        BriefPhrase.generated(language, ["when": BriefWording.time(generatedAt, language), "who": generatedBy])
    }

    /// The three-day reports' states on the day the report was made, counted once per entry.
    public var reportCounts: [(state: String, count: Int)] {
        let today = generatedAt.day
        return ContactReportState.keywords.compactMap { keyword in
            let count = entries.count { $0.reportState(today: today).keyword == keyword }
            return count > 0 ? (keyword, count) : nil
        }
    }

    /// One entry in a line: "2026-11-27 16:00 UTC · meeting · Topic · filed 2026-12-02 (ACK)".
    func line(_ entry: LogEntry) -> String {
        var parts = [LogEntryWording.minute(entry.start) + " UTC", entry.kind.phrase(language), entry.topic(language)]
        var report = entry.reportState(today: generatedAt.day).phrase(language)
        if let filed = entry.report, !filed.acknowledgement.isEmpty { report += " (" + filed.acknowledgement + ")" }
        parts.append(BriefPhrase.contactReportState(language, ["state": report]))
        if !entry.cases.isEmpty { parts.append(entry.cases.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    /// "Raúl Espinoza Treviño (C-0040), Fiscal federal" or "No Mexican official".
    func title(_ group: Group) -> String {
        guard let official = group.official else { return BriefPhrase.contactReportNoOfficial(language) }
        return official.role.isEmpty ? "\(official.name) (\(official.id))" : "\(official.name) (\(official.id)), \(official.role)"
    }

    /// "FGR — Attorney General's Office".
    func agencyTitle(_ group: Group) -> String {
        group.agencyName.isEmpty ? group.agency : "\(group.agency) — \(group.agencyName)"
    }

    /// "12 contacts · filed 8 · overdue 2 · due 2".
    var summaryLine: String {
        let counts = reportCounts.map { state, count in
            BriefPhrase.contactReportCount(language, ["state": Self.stateWord(state, language), "count": String(count)])
        }
        return ([BriefPhrase.contactReportTotal(language, ["count": String(entries.count)])] + counts).joined(separator: " · ")
    }

    static func stateWord(_ keyword: String, _ language: Language) -> String {
        switch keyword {
        case "due": BriefPhrase.contactReportDue(language)
        case "overdue": BriefPhrase.contactReportOverdue(language)
        case "confirmed": BriefPhrase.contactReportFiled(language)
        default: BriefPhrase.contactReportNone(language)
        }
    }
}
