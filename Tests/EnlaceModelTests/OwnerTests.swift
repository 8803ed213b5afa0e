import Foundation
import Testing
@testable import EnlaceModel

@Suite("The officer who answers for a case")
struct OwnerTests {
    static let context = QueryContext(registry: TestData.registry, today: Day(year: 2026, month: 11, day: 29)!, login: "mjpena")

    static func record(createdBy: String, owner: String? = nil) -> Case {
        var record = TestData.makeCase()
        record.createdBy = createdBy
        record.assignedOwner = owner
        return record
    }

    @Test("a case nobody assigned is owned by its creator, and a file without owner writes none back")
    func creatorOwns() throws {
        let record = Self.record(createdBy: "mjpena")
        #expect(record.owner == "mjpena")
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(!json.contains("\"owner\""))
        let read = try JSONDecoder().decode(Case.self, from: Data(json.utf8))
        #expect(read.assignedOwner == nil)
    }

    @Test("an assigned owner is kept in the file and read back")
    func assignedOwner() throws {
        let record = Self.record(createdBy: "mjpena", owner: "twhitaker")
        let read = try JSONDecoder().decode(Case.self, from: JSONEncoder().encode(record))
        #expect(read.owner == "twhitaker")
    }

    @Test("owner:me is the officer asking; owner:LOGIN and responsable: name anyone, in any case")
    func queries() throws {
        let mine = Self.record(createdBy: "mjpena")
        let theirs = Self.record(createdBy: "mjpena", owner: "twhitaker")
        for (text, expected) in [("owner:me", [true, false]), ("owner:yo", [true, false]), ("responsable:TWhitaker", [false, true]),
                                 ("-owner:me", [false, true]), ("owner:mjpena,twhitaker", [true, true])] {
            let query = try Query.parse(text, registry: TestData.registry)
            #expect([mine, theirs].map { query.matches($0, Self.context) } == expected, "\(text)")
            #expect(CaseSearchIndex([mine, theirs]).filter(query, context: Self.context) == expected.indices.filter { expected[$0] }, "\(text)")
        }
    }

    @Test("owner:me matches nothing where nobody is asking")
    func nobodyAsking() throws {
        let query = try Query.parse("owner:me", registry: TestData.registry)
        let context = QueryContext(registry: TestData.registry, today: Day(year: 2026, month: 11, day: 29)!)
        #expect(!query.matches(Self.record(createdBy: "mjpena"), context))
    }
}
