import EnlaceGenerator
import EnlaceModel
import EnlaceStore
import Foundation
import Testing

@Suite("Generated boards")
struct BoardGeneratorTests {
    let registry: AgencyRegistry

    init() throws { registry = try Store.embeddedRegistry() }

    @Test("the same seed makes the same board, another seed another")
    func deterministic() {
        let first = BoardGenerator(seed: 7, contactCount: 50, registry: registry)
        let again = BoardGenerator(seed: 7, contactCount: 50, registry: registry)
        let other = BoardGenerator(seed: 8, contactCount: 50, registry: registry)
        #expect(first.makeCases(count: 200) == again.makeCases(count: 200))
        #expect(first.contacts == again.contacts)
        #expect(first.makeCases(count: 200) != other.makeCases(count: 200))
    }

    @Test("the first cases of a big board are the cases of a small one")
    func prefixStable() {
        let generator = BoardGenerator(seed: 3, contactCount: 40, registry: registry)
        let small = generator.makeCases(count: 100)
        let big = generator.makeCases(count: 1_000)
        #expect(Array(big.prefix(100)) == small)
    }

    @Test("every generated case and contact passes validation, ids are unique")
    func valid() {
        let generator = BoardGenerator(seed: 11, contactCount: 120, registry: registry)
        let cases = generator.makeCases(count: 2_000)
        let contactIDs = Set(generator.contacts.map(\.id))
        var problems: [String] = []
        for record in cases {
            for error in CaseValidator.validate(record, registry: registry, knownContactIDs: contactIDs) {
                problems.append("\(record.id): \(error)")
            }
        }
        for contact in generator.contacts {
            for error in ContactValidator.validate(contact, registry: registry) { problems.append("\(contact.id): \(error)") }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(Set(cases.map(\.id)).count == cases.count)
    }

    @Test("ids run back a year every 9,999 cases")
    func idsAcrossYears() {
        #expect(BoardGenerator.caseID(at: 0) == "MX-2026-0001")
        #expect(BoardGenerator.caseID(at: 9_998) == "MX-2026-9999")
        #expect(BoardGenerator.caseID(at: 9_999) == "MX-2025-0001")
        #expect(BoardGenerator.caseID(at: 99_999) == "MX-2016-0010")
    }

    @Test("a board spreads over all eleven U.S. agencies, every status, priority and marking, with overdue cases and accents")
    func realistic() {
        let generator = BoardGenerator(seed: 1, contactCount: 200, registry: registry)
        let cases = generator.makeCases(count: 3_000)
        let usCodes = Set(registry.agencies.filter { $0.country == .us }.map(\.code))
        #expect(Set(cases.map(\.leadAgency)) == usCodes)
        #expect(Set(cases.map(\.status)) == Set(Status.allCases))
        #expect(Set(cases.map(\.priority)) == Set(Priority.allCases))
        #expect(Set(cases.map(\.marking)) == Set(Marking.allCases))
        #expect(cases.contains { $0.isOverdue(on: BoardGenerator.referenceDay) })
        #expect(cases.contains { $0.tags.contains("fentanyl") && $0.leadAgency == "DEA" })
        #expect(cases.contains { ($0.titleEs ?? "").contains("í") || $0.summary.contains("á") })
    }
}
