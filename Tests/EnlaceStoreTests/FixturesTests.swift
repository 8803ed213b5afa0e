import Foundation
import Testing
import EnlaceModel
@testable import EnlaceStore

/// The fixtures are data that the store seeds boards from and that other tests lean on: these
/// tests hold them to what Fixtures/README.md promises.
@Suite("Fixtures")
struct FixturesTests {
    /// The sample board's "today": overdue and "due this week" are relative to it.
    static let referenceDay = Day(year: 2026, month: 11, day: 29)
    static let posts: Set<String> = [
        "Mexico City", "Ciudad Juárez", "Guadalajara", "Hermosillo", "Matamoros",
        "Mérida", "Monterrey", "Nogales", "Nuevo Laredo", "Tijuana",
    ]
    static let usAgencies: Set<String> = ["DEA", "FBI", "ATF", "USMS", "HSI", "CBP", "USCIS", "USSS", "USCG", "TSA", "INL"]
    static let mexicanAgencies: Set<String> = [
        "FGR", "AIC", "SSPC", "CNI", "GN", "SEDENA", "SEMAR", "UIF", "ANAM", "INM", "SRE", "AFAC", "COFEPRIS",
    ]

    // MARK: - Embedding

    @Test("every embedded fixture is exactly the file in Fixtures/")
    func embeddedMatchesDisk() throws {
        for file in EmbeddedFixtures.files {
            let onDisk = try Fixture.text(file.path)
            #expect(onDisk == file.contents, "\(file.path) differs from its embedded copy: run scripts/embed-fixtures")
        }
    }

    @Test("every file in Fixtures/registry and Fixtures/sample is embedded, and nothing else")
    func embeddedSetIsComplete() throws {
        let onDisk = try Set(Fixture.files(under: "registry") + Fixture.files(under: "sample"))
        let embedded = Set(EmbeddedFixtures.files.map(\.path))
        #expect(onDisk.subtracting(embedded).sorted() == [], "not embedded: run scripts/embed-fixtures")
        #expect(embedded.subtracting(onDisk).sorted() == [], "embedded but gone from Fixtures/: run scripts/embed-fixtures")
        #expect(embedded.count == EmbeddedFixtures.files.count, "a path is embedded twice")
    }

    // MARK: - Decoding with the model

    @Test("the registry, the sample board, its contacts and every case decode with the model")
    func sampleDecodes() throws {
        let agencies = try Fixture.agencies()
        let board = try Fixture.decode(Board.self, "sample/board.json")
        let contacts = try Fixture.decode([Contact].self, "sample/contacts.json")
        let cases = try Fixture.sampleCases()
        #expect(!agencies.isEmpty)
        #expect(board.schemaVersion == Board.currentSchemaVersion)
        #expect(!contacts.isEmpty)
        #expect(!cases.isEmpty)
    }

    @Test("each sample case file is named after its id")
    func caseFilesNamedAfterIDs() throws {
        for path in try Fixture.files(under: "sample/cases") {
            let record = try Fixture.decode(Case.self, path)
            #expect(path == "sample/cases/\(record.id).json")
        }
    }

    @Test("the sample log is a month of valid entries, named after their ids, in every report state")
    func sampleLog() throws {
        let registry = AgencyRegistry(try Fixture.agencies())
        let contactIDs = Set(try Fixture.decode([Contact].self, "sample/contacts.json").map(\.id))
        let caseIDs = Set(try Fixture.sampleCases().map(\.id))
        var entries: [LogEntry] = []
        for path in try Fixture.files(under: "sample/log") {
            let entry = try Fixture.decode(LogEntry.self, path)
            #expect(path == "sample/log/\(entry.id).json")
            #expect(LogEntryValidator.validate(entry, registry: registry, contactIDs: contactIDs).isEmpty, "\(entry.id)")
            #expect(Set(entry.cases).isSubset(of: caseIDs), "\(entry.id)")
            entries.append(entry)
        }
        #expect(entries.count >= 8)
        // On the first day of December every state shows: confirmed (once late), overdue, due, none.
        let states = entries.map { $0.reportState(today: Day(iso: "2026-12-02")!) }
        #expect(states.contains { if case .confirmed = $0 { true } else { false } })
        #expect(states.contains { if case .overdue = $0 { true } else { false } })
        #expect(states.contains { if case .due = $0 { true } else { false } })
        #expect(states.contains(.notRequired))
        #expect(entries.contains { entry in entry.report.map { $0.filedOn > entry.reportDue! } ?? false })
    }

    // MARK: - The registry

    @Test("the registry holds the eleven U.S. agencies and the thirteen Mexican ones")
    func registryAgencies() throws {
        let agencies = try Fixture.agencies()
        #expect(Set(agencies.filter { $0.country == .us }.map(\.code)) == Self.usAgencies)
        #expect(Set(agencies.filter { $0.country == .mx }.map(\.code)) == Self.mexicanAgencies)
        #expect(agencies.count == 24)
    }

    @Test("counterpart links cross the border and run both ways")
    func counterpartsSymmetric() throws {
        let agencies = try Fixture.agencies()
        let byCode = Dictionary(uniqueKeysWithValues: agencies.map { ($0.code, $0) })
        for agency in agencies {
            #expect(!agency.counterparts.isEmpty, "\(agency.code) has no counterparts")
            for code in agency.counterparts {
                let other = try #require(byCode[code], "\(agency.code) names unknown counterpart \(code)")
                #expect(other.country != agency.country, "\(agency.code)–\(code) do not cross the border")
                #expect(other.counterparts.contains(agency.code), "\(agency.code) lists \(code) but not back")
            }
        }
    }

    @Test("every agency cites a source, and the inferred counterparts of TSA and COFEPRIS say so")
    func sourcesAndInferences() throws {
        let agencies = try Fixture.agencies()
        for agency in agencies {
            #expect(!agency.sources.isEmpty, "\(agency.code) has no sources")
        }
        for code in ["TSA", "COFEPRIS", "AFAC"] {
            let agency = try #require(agencies.first { $0.code == code })
            #expect(agency.sources.contains { $0.hasPrefix("inferred:") }, "\(code) does not mark its inference")
        }
    }

    @Test("former codes lead to their successors", arguments: [
        ("PGR", "FGR"), ("CISEN", "CNI"), ("PF", "GN"), ("AGA", "ANAM"), ("CNS", "SSPC"), ("DGAC", "AFAC"),
    ])
    func formerCodes(former: String, current: String) throws {
        let registry = AgencyRegistry(try Fixture.agencies())
        #expect(registry.currentCode(for: former) == current)
        let successor = try #require(registry.agency(current))
        #expect(successor.formerly.contains { $0.code == former && $0.until != nil })
    }

    // MARK: - The sample board

    @Test("the sample board says it is fictional")
    func sampleIsFictional() throws {
        let board = try Fixture.decode(Board.self, "sample/board.json")
        #expect(board.name.contains("FICTIONAL"))
    }

    @Test("the sample has at least 40 cases and 60 contacts")
    func sampleCounts() throws {
        #expect(try Fixture.sampleCases().count >= 40)
        #expect(try Fixture.decode([Contact].self, "sample/contacts.json").count >= 60)
    }

    @Test("every status, priority and marking is used by several sample cases")
    func sampleVocabulary() throws {
        let cases = try Fixture.sampleCases()
        for status in Status.allCases {
            #expect(cases.filter { $0.status == status }.count >= 3, "status \(status.rawValue)")
        }
        for priority in Priority.allCases {
            #expect(cases.filter { $0.priority == priority }.count >= 3, "priority \(priority.rawValue)")
        }
        for marking in Marking.allCases {
            #expect(cases.filter { $0.marking == marking }.count >= 3, "marking \(marking.rawValue)")
        }
    }

    @Test("each of the eleven U.S. agencies leads at least two sample cases, with Mexican partners")
    func sampleLeads() throws {
        let cases = try Fixture.sampleCases()
        for code in Self.usAgencies {
            #expect(cases.filter { $0.leadAgency == code }.count >= 2, "\(code) leads fewer than two cases")
        }
        let withoutMexicanPartner = cases.filter { Set($0.agencies).isDisjoint(with: Self.mexicanAgencies) }
        #expect(withoutMexicanPartner.map(\.id) == [])
    }

    @Test("sample cases and sample contacts each cover all ten posts")
    func samplePosts() throws {
        #expect(Set(try Fixture.sampleCases().map(\.post)) == Self.posts)
        #expect(Set(try Fixture.decode([Contact].self, "sample/contacts.json").map(\.post)) == Self.posts)
    }

    @Test("on 2026-11-29 some sample cases are overdue, some due within a week, some have no due day")
    func sampleDeadlines() throws {
        let today = try #require(Self.referenceDay)
        let week = today.adding(days: 7)
        let cases = try Fixture.sampleCases()
        #expect(cases.filter { $0.isOverdue(on: today) }.count >= 3)
        #expect(cases.filter { $0.status != .closed && $0.due.map { $0 >= today && $0 <= week } == true }.count >= 3)
        #expect(cases.filter { $0.due == nil }.count >= 3)
        #expect(cases.filter { $0.due.map { $0 > week.adding(days: 30) } == true }.count >= 3)
    }

    @Test("some sample cases, and some notes inside releasable cases, are not releasable to Mexico")
    func sampleReleasability() throws {
        let cases = try Fixture.sampleCases()
        #expect(cases.filter { !$0.releasableToMexico }.count >= 3)
        #expect(cases.filter { $0.releasableToMexico && $0.notes.contains { !$0.releasableToMexico } }.count >= 3)
        #expect(cases.flatMap(\.notes).contains { $0.releasableToMexico })
    }

    @Test("every code, contact and link in the sample points at something that exists")
    func sampleReferencesResolve() throws {
        let registry = AgencyRegistry(try Fixture.agencies())
        let contacts = try Fixture.decode([Contact].self, "sample/contacts.json")
        let cases = try Fixture.sampleCases()
        let contactIDs = Set(contacts.map(\.id))
        let linksByCase = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, Set($0.links)) })
        #expect(contactIDs.count == contacts.count, "duplicate contact ids")
        for contact in contacts {
            #expect(registry.contains(contact.agency), "\(contact.id): unknown agency \(contact.agency)")
        }
        for record in cases {
            for code in record.allAgencies {
                #expect(registry.contains(code), "\(record.id): unknown agency \(code)")
            }
            for contact in record.contacts {
                #expect(contactIDs.contains(contact), "\(record.id): unknown contact \(contact)")
            }
            for link in record.links {
                #expect(linksByCase[link]?.contains(record.id) == true, "\(record.id) → \(link) is not linked back")
            }
            if let due = record.due {
                #expect(due >= record.opened, "\(record.id): due before opened")
            }
        }
    }

    @Test("the sample's text has Spanish accents and a CJK contact name")
    func sampleText() throws {
        let contacts = try Fixture.decode([Contact].self, "sample/contacts.json")
        let cases = try Fixture.sampleCases()
        #expect(contacts.contains { $0.name == "王芳" })
        #expect(contacts.filter { $0.name.contains { "áéíóúñÁÉÍÓÚÑ".contains($0) } }.count >= 10)
        #expect(cases.filter { $0.titleEs != nil && $0.summaryEs != nil }.count >= 10)
        let allText = cases.map { [$0.title, $0.titleEs ?? "", $0.summaryEs ?? ""] + $0.notes.map(\.text) }.joined()
        for word in ["Fiscalía", "Señal", "Mérida"] {
            #expect(allText.contains { $0.contains(word) }, "no sample text says \(word)")
        }
    }

    @Test("sample phones and addresses are fictional")
    func sampleContactsFictional() throws {
        for contact in try Fixture.decode([Contact].self, "sample/contacts.json") {
            #expect(contact.email.hasSuffix("@example.org") || contact.email.hasSuffix("@example.mx"), "\(contact.id)")
            for phone in contact.phones {
                #expect(phone.hasPrefix("+52 ") && phone.contains(" 555"), "\(contact.id): \(phone)")
            }
        }
    }

    // MARK: - Hostile and damaged fixtures

    @Test("the hostile board decodes and keeps its terminal escapes for the display tests")
    func hostileDecodes() throws {
        let board = try Fixture.decode(Board.self, "hostile/board.json")
        let contacts = try Fixture.decode([Contact].self, "hostile/contacts.json")
        let cases = try Fixture.files(under: "hostile/cases").map { try Fixture.decode(Case.self, $0) }
        let texts = [board.name] + contacts.flatMap { [$0.name, $0.role, $0.notes] }
            + cases.flatMap { [$0.title, $0.summary, $0.nextAction] + $0.notes.map(\.text) }
        for needle in ["\u{1B}]0;", "\u{1B}[2J", "\u{1B}]52;", "\u{9B}", "\r", "\u{202E}", "\u{200B}"] {
            #expect(texts.contains { $0.contains(needle) }, "no hostile text holds \(needle.debugDescription)")
        }
        #expect(cases.count >= 3)
    }

    @Test("damaged/contacts.json and damaged/cases/MX-2026-0901.json are not JSON")
    func damagedSyntax() throws {
        for path in ["damaged/contacts.json", "damaged/cases/MX-2026-0901.json"] {
            let data = try Fixture.data(path)
            #expect(throws: (any Error).self, "\(path) parses") { try JSONSerialization.jsonObject(with: data) }
        }
    }

    @Test("damaged/cases/MX-2026-0902.json is JSON whose version is of the wrong type")
    func damagedWrongType() throws {
        let data = try Fixture.data("damaged/cases/MX-2026-0902.json")
        _ = try JSONSerialization.jsonObject(with: data)
        do {
            _ = try JSONDecoder().decode(Case.self, from: data)
            Issue.record("a case with \"version\": \"two\" decoded")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.map(\.stringValue) == ["version"])
        }
    }

    @Test("damaged/board.json decodes but has a schema version newer than the program's")
    func damagedNewerBoard() throws {
        let board = try Fixture.decode(Board.self, "damaged/board.json")
        #expect(board.schemaVersion == 99)
        #expect(board.schemaVersion > Board.currentSchemaVersion)
    }

    @Test("damaged/audit.jsonl has three whole lines and a torn last one without a newline")
    func damagedAudit() throws {
        let text = try Fixture.text("damaged/audit.jsonl")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 4)
        #expect(!text.hasSuffix("\n"))
        for line in lines.dropLast() {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
        }
        #expect(throws: (any Error).self) { try JSONSerialization.jsonObject(with: Data((lines.last ?? "").utf8)) }
    }
}

/// Reads `Fixtures/` in the source tree, found from this file's path.
private enum Fixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EnlaceStoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("Fixtures")

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    static func text(_ path: String) throws -> String {
        try String(decoding: data(path), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ path: String) throws -> Value {
        try JSONDecoder().decode(type, from: data(path))
    }

    static func agencies() throws -> [Agency] {
        try decode([Agency].self, "registry/agencies.json")
    }

    static func sampleCases() throws -> [Case] {
        try files(under: "sample/cases").map { try decode(Case.self, $0) }
    }

    /// Regular files under `folder`, as paths relative to `Fixtures/`, sorted.
    static func files(under folder: String) throws -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var paths: [String] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                  !url.lastPathComponent.hasPrefix(".") else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        }
        return paths.sorted()
    }
}
