import EnlaceModel
import EnlaceText

/// One case as a brief shows it: its texts chosen for the language, its codes and ids resolved
/// against the board, and what a releasable brief must not show already left out.
///
/// Texts here are the data as it is; each renderer makes them safe for its format.
public struct CaseBrief: Sendable, Equatable {
    public var id: String
    public var title: ShownText
    public var summary: ShownText
    public var status: Status
    public var priority: Priority
    public var marking: Marking
    public var releasableToMexico: Bool
    public var opened: Day
    public var due: Day?
    public var nextAction: String
    /// The post that works the case and its region ("Monterrey", "Northeast"); either may be empty.
    public var post: String
    public var region: String
    public var tags: [String]
    /// The officer who answers for the case, by login.
    public var owner: String
    public var leadAgency: AgencyEntry
    /// The other agencies on the case, U.S. and Mexican, in the case's order.
    public var partnerAgencies: [AgencyEntry]
    /// For each U.S. agency on the case, lead first, its Mexican counterparts in the registry.
    public var counterparts: [CounterpartEntry]
    public var contacts: [ContactEntry]
    /// Oldest first; in a releasable brief only the notes releasable to Mexico, in a full brief
    /// every note, those not releasable marked so by each format.
    public var notes: [Note]
    public var links: [LinkedCase]

    /// An agency by code, with its full name in the brief's language (nil for a code the
    /// registry does not know: the brief then shows the code alone).
    public struct AgencyEntry: Sendable, Equatable {
        public var code: String
        public var name: String?

        public init(code: String, name: String?) {
            self.code = code
            self.name = name
        }
    }

    /// A U.S. agency on the case and the Mexican agencies it works with.
    public struct CounterpartEntry: Sendable, Equatable {
        public var agency: AgencyEntry
        public var counterparts: [AgencyEntry]

        public init(agency: AgencyEntry, counterparts: [AgencyEntry]) {
            self.agency = agency
            self.counterparts = counterparts
        }
    }

    /// A liaison contact; `name` is nil for an id the board has no contact for.
    public struct ContactEntry: Sendable, Equatable {
        public var id: String
        public var name: String?
        public var agency: String
        public var role: String
        public var phones: [String]
        public var email: String

        public init(id: String, name: String?, agency: String, role: String, phones: [String], email: String) {
            self.id = id
            self.name = name
            self.agency = agency
            self.role = role
            self.phones = phones
            self.email = email
        }
    }

    /// A linked case by id; `title` is nil when the brief may not show it: the case is not on
    /// the board or is above the brief's marking. A releasable brief lists releasable ones only.
    public struct LinkedCase: Sendable, Equatable {
        public var id: String
        public var title: ShownText?

        public init(id: String, title: ShownText?) {
            self.id = id
            self.title = title
        }
    }
}

extension CaseBrief {
    /// `record` as a brief in `options.language`; `ceiling` is the marking of the whole brief.
    init(_ record: Case, data: BoardData, options: BriefOptions, ceiling: Marking, casesByID: [String: Case]) {
        let language = options.language
        let registry = data.registry
        func entry(_ code: String) -> AgencyEntry {
            guard let agency = registry.agency(code) else { return AgencyEntry(code: code, name: nil) }
            return AgencyEntry(code: agency.code, name: language == .en ? agency.name.en : agency.name.es)
        }
        id = record.id
        func outdated(_ english: CaseField, _ spanish: CaseField) -> Set<Language> {
            Set((record.isOutdated(english) ? [Language.en] : []) + (record.isOutdated(spanish) ? [.es] : []))
        }
        title = ShownText.choose(english: record.title, spanish: record.titleEs, for: language, outdated: outdated(.title, .titleEs))
        summary = ShownText.choose(
            english: record.summary, spanish: record.summaryEs, for: language, outdated: outdated(.summary, .summaryEs))
        status = record.status
        priority = record.priority
        marking = record.marking
        releasableToMexico = record.releasableToMexico
        opened = record.opened
        due = record.due
        nextAction = record.nextAction
        post = record.post
        region = record.region
        tags = record.tags
        owner = record.owner
        let allCodes = record.allAgencies
        leadAgency = entry(record.leadAgency)
        partnerAgencies = allCodes.dropFirst().map(entry)
        counterparts = allCodes.compactMap { code in
            guard let agency = registry.agency(code), agency.country == .us else { return nil }
            let mexican = agency.counterparts.filter { registry.agency($0)?.country == .mx }
            return CounterpartEntry(agency: entry(code), counterparts: mexican.map(entry))
        }
        let contactsByID = Dictionary(data.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        contacts = record.contacts.map { contactID in
            guard let contact = contactsByID[contactID] else {
                return ContactEntry(id: contactID, name: nil, agency: "", role: "", phones: [], email: "")
            }
            return ContactEntry(
                id: contact.id, name: contact.name, agency: contact.agency, role: contact.role,
                phones: contact.phones, email: contact.email)
        }
        // Stable by time: two notes logged in the same second keep the order they were written in.
        notes = record.notes.enumerated()
            .filter { !options.releasable || $0.element.releasableToMexico }
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element)
        links = record.links.compactMap { linkID in
            let linked = casesByID[linkID]
            // A releasable brief does not even name a case that is not releasable, or one it
            // cannot tell about: the id alone tells a partner that such a case exists.
            if options.releasable && linked?.releasableToMexico != true { return nil }
            guard let linked, linked.marking <= ceiling else { return LinkedCase(id: linkID, title: nil) }
            return LinkedCase(id: linkID, title: ShownText.choose(english: linked.title, spanish: linked.titleEs, for: language))
        }
    }
}
