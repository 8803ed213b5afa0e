import EnlaceModel
import Foundation

/// Makes realistic fictional boards of any size, the same for the same seed: contacts at every
/// agency of the registry, and cases over the eleven U.S. agencies with their Mexican
/// counterparts, titles, summaries and notes in English and Spanish, tags such as `fentanyl`,
/// every status, priority and marking, some overdue. A case is about 2 KB of JSON.
///
/// Case `index` depends only on the seed and the index, so the first thousand cases of a
/// 100,000-case board are the cases of the 1,000-case board, and cases can be made on every
/// core. Dates are relative to `referenceDay`, not to the clock, so a board made today and one
/// made next year are identical.
public struct BoardGenerator: Sendable {
    /// The day generated boards are "as of": nothing is opened after it.
    public static let referenceDay = Day(year: 2026, month: 11, day: 28)!
    /// Case ids are `MX-YYYY-NNNN`: at most this many a year, so big boards reach back in years.
    public static let casesPerYear = 9_999
    /// Contact ids are `C-NNNN`.
    public static let maximumContacts = 9_999

    public let seed: UInt64
    public let registry: AgencyRegistry
    /// The board's contacts, `C-0001` onwards; cases name only these.
    public let contacts: [Contact]
    private let contactsByAgency: [String: [String]]

    /// - Parameter contactCount: clamped to `0...maximumContacts`.
    public init(seed: UInt64, contactCount: Int, registry: AgencyRegistry) {
        self.seed = seed
        self.registry = registry
        let count = min(max(0, contactCount), Self.maximumContacts)
        let codes = registry.agencies.map(\.code)
        var contacts: [Contact] = []
        contacts.reserveCapacity(count)
        for index in 0..<count {
            var random = SeededRandom(seed: seed, index: index, stream: 1)
            contacts.append(Self.makeContact(index: index, codes: codes, registry: registry, random: &random))
        }
        self.contacts = contacts
        self.contactsByAgency = Dictionary(grouping: contacts, by: \.agency).mapValues { $0.map(\.id) }
    }

    /// The id of case `index` (0-based): `MX-2026-0001` … `MX-2026-9999`, then `MX-2025-0001` …
    public static func caseID(at index: Int) -> String {
        let year = referenceDay.year - index / casesPerYear
        let number = index % casesPerYear + 1
        let digits = String(number)
        return "MX-\(year)-" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// The most cases a board can hold with ids back to year 1000.
    public static var maximumCases: Int { (referenceDay.year - 1000) * casesPerYear }

    /// Cases `0..<count`, made on every core.
    public func makeCases(count: Int) -> [Case] {
        Chunked.map(count) { range in range.map { makeCase(at: $0) } }.flatMap { $0 }
    }

    /// Case `index`.
    public func makeCase(at index: Int) -> Case {
        typealias Vocabulary = GeneratorVocabulary
        var random = SeededRandom(seed: seed, index: index, stream: 2)
        let id = Self.caseID(at: index)
        let year = Self.referenceDay.year - index / Self.casesPerYear
        let opened = Self.openedDay(year: year, random: &random)
        let age = Self.referenceDay.daysSinceEpoch - opened.daysSinceEpoch

        let topic = random.pick(Vocabulary.topics)
        let lead = random.pick(topic.leads, weights: topic.leadWeights)
        let knownPartners = topic.partners.filter { registry.contains($0) }
        let partnerCount = random.int(in: 1...3)
        var agencies = random.sample(knownPartners, count: partnerCount)
        if random.chance(20) {
            let other = random.pick(Vocabulary.topics.flatMap(\.leads))
            if other != lead && !agencies.contains(other) { agencies.append(other) }
        }
        let partner = agencies.first { registry.agency($0)?.country == .mx } ?? knownPartners.first ?? "FGR"
        let place = random.pick(Vocabulary.places)
        let quantity = String(random.int(in: 2...480))
        func fill(_ template: String, spanish: Bool = false) -> String {
            Self.fill(template, place: place.name, partner: partner, quantity: quantity, spanish: spanish)
        }

        let title = random.pick(topic.titles)
        let summary = random.pick(topic.summaries)
        var tags = [String]()
        if random.chance(65) { tags.append(topic.tags[0]) }
        let extraTags = random.int(in: 1...2)
        tags += random.sample(Array(topic.tags.dropFirst()), count: extraTags)
        if random.chance(15) {
            let otherTopic = random.pick(Vocabulary.topics)
            let other = random.pick(otherTopic.tags)
            if !tags.contains(other) { tags.append(other) }
        }

        let status: Status
        if age > 365 {
            status = random.pick([.closed, .waiting, .active], weights: [88, 7, 5])
        } else if age > 90 {
            status = random.pick([.closed, .waiting, .active, .new], weights: [40, 25, 32, 3])
        } else {
            status = random.pick([.new, .active, .waiting, .closed], weights: [20, 45, 25, 10])
        }
        let due = random.chance(85) ? opened.adding(days: random.int(in: 14...240)) : nil

        let caseAgencies = [lead] + agencies
        let candidates = caseAgencies.flatMap { contactsByAgency[$0] ?? [] }
        let contactCount = random.int(in: 1...5)
        let caseContacts = random.sample(candidates, count: contactCount)
        let links = index > 0 && random.chance(30)
            ? Array(Set((0..<random.int(in: 1...2)).map { _ in
                Self.caseID(at: random.int(in: max(0, index - 500)...(index - 1)))
            })).sorted()
            : []

        let createdBy = random.pick(Vocabulary.officers)
        let createdAt = Timestamp(day: opened, hour: random.int(in: 13...23), minute: random.int(in: 0...59))
        let lastDay = min(Self.referenceDay.daysSinceEpoch, opened.daysSinceEpoch + 300)
        var notes: [Note] = []
        var noteDays = (0..<random.int(in: 2...5)).map { _ in random.int(in: opened.daysSinceEpoch...lastDay) }
        noteDays.sort()
        for day in noteDays {
            let at = Timestamp(day: Day(daysSinceEpoch: day), hour: random.int(in: 13...23), minute: random.int(in: 0...59))
            notes.append(Note(
                at: max(at, createdAt), author: random.chance(70) ? createdBy : random.pick(Vocabulary.officers),
                text: fill(random.pick(Vocabulary.notes), spanish: true), releasableToMexico: random.chance(60)))
        }
        let updatedAt = notes.last.map { max($0.at, createdAt) } ?? createdAt
        let marking = random.pick(Marking.allCases, weights: [5, 20, 45, 20, 10])

        return Case(
            id: id, title: fill(title.en), titleEs: random.chance(85) ? fill(title.es, spanish: true) : nil,
            summary: fill(summary.en), summaryEs: random.chance(80) ? fill(summary.es, spanish: true) : nil,
            status: status, priority: random.pick(Priority.allCases, weights: [20, 40, 28, 12]), marking: marking,
            releasableToMexico: marking <= .amber ? random.chance(70) : random.chance(15),
            leadAgency: lead, agencies: agencies, contacts: caseContacts, tags: tags,
            region: place.region, post: place.post, opened: opened, due: due,
            nextAction: status == .closed ? "" : fill(random.pick(topic.actions)),
            links: links.filter { $0 != id }, notes: notes, version: 1 + notes.count + random.int(in: 0...3),
            createdAt: createdAt, createdBy: createdBy, updatedAt: updatedAt,
            updatedBy: notes.last?.author ?? createdBy)
    }

    // MARK: - Parts

    private static func openedDay(year: Int, random: inout SeededRandom) -> Day {
        let first = Day(year: year, month: 1, day: 1)!.daysSinceEpoch
        let last = min(Day(year: year, month: 12, day: 31)!.daysSinceEpoch, referenceDay.daysSinceEpoch - 1)
        return Day(daysSinceEpoch: random.int(in: first...max(first, last)))
    }

    /// Spanish needs the article of the agency: "el INM", "la FGR".
    private static let masculine: Set<String> = ["INM", "CNI"]

    static func fill(_ template: String, place: String, partner: String, quantity: String, spanish: Bool) -> String {
        var text = template
        if spanish && masculine.contains(partner) {
            for (from, to) in [("de la {partner}", "del {partner}"), ("a la {partner}", "al {partner}"),
                               ("la {partner}", "el {partner}"), ("La {partner}", "El {partner}")] {
                text = text.replacingOccurrences(of: from, with: to)
            }
        }
        return text.replacingOccurrences(of: "{place}", with: place)
            .replacingOccurrences(of: "{partner}", with: partner)
            .replacingOccurrences(of: "{qty}", with: quantity)
    }

    private static func makeContact(
        index: Int, codes: [String], registry: AgencyRegistry, random: inout SeededRandom
    ) -> Contact {
        typealias Vocabulary = GeneratorVocabulary
        // Every agency gets contacts in turn, then the busy ones get more.
        let agency = index < codes.count ? codes[index] : random.pick(codes + ["DEA", "HSI", "FBI", "FGR", "SSPC"])
        let country = registry.agency(agency)?.country ?? .us
        let first = random.pick(Vocabulary.firstNames)
        let last = random.pick(Vocabulary.lastNames)
        let digits = String(index + 1)
        let id = "C-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        let login = TextFolding.fold(String(first.prefix(1)) + last).filter { $0.isLetter }
        let phone = "+52 55 5550 " + String(1000 + random.int(in: 0...8999))
        return Contact(
            id: id, name: first + " " + last, agency: agency,
            role: random.pick(Vocabulary.roles[country.rawValue] ?? ["Liaison"]),
            post: random.pick(Vocabulary.posts),
            phones: random.chance(50) ? [phone, "+52 55 5551 " + String(1000 + random.int(in: 0...8999))] : [phone],
            email: "\(login).\(agency.lowercased())@example.org",
            languages: country == .us ? (random.chance(70) ? ["en", "es"] : ["en"]) : (random.chance(40) ? ["es", "en"] : ["es"]),
            notes: random.chance(30) ? "Prefers calls before noon; answers messages on the secure channel." : "",
            lastContact: Timestamp(
                day: referenceDay.adding(days: -random.int(in: 0...400)), hour: random.int(in: 13...23),
                minute: random.int(in: 0...59)),
            version: 1)
    }
}
