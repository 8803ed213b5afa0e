import EnlaceBrief
import EnlaceModel
import EnlaceText
import Foundation
import Testing

@Suite("JSON brief")
struct JSONBriefTests {
    struct Envelope: Decodable {
        var generatedAt: Timestamp
        var generatedBy: String
        var language: String
        var releasable: Bool
        var marking: Marking
        var cases: [Case]
    }

    @Test("the JSON brief is the case records with DESIGN.md's field names in a small envelope")
    func envelope() throws {
        let data = try BriefFixture.sample()
        let records = try BriefFixture.records(["MX-2026-0001", "MX-2026-0010"], in: data)
        let json = try BriefFixture.render(records.map(\.id), in: data, .json, .es)
        let decoded = try JSONDecoder().decode(Envelope.self, from: Data(json.utf8))
        #expect(decoded.cases == records)
        #expect(decoded.language == "es" && !decoded.releasable && decoded.marking == .amber)
        #expect(decoded.generatedAt == BriefFixture.generatedAt && decoded.generatedBy == "dwhitaker")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["cases", "generatedAt", "generatedBy", "language", "marking", "releasable"])
        let first = try #require((object["cases"] as? [[String: Any]])?.first)
        for key in ["id", "title", "summary", "status", "priority", "marking", "releasableToMexico", "leadAgency", "agencies",
                    "contacts", "tags", "region", "post", "opened", "due", "nextAction", "links", "notes", "version",
                    "createdAt", "createdBy", "updatedAt", "updatedBy"] {
            #expect(first[key] != nil, "no \(key)")
        }
        // Raw values, whatever the language.
        #expect(first["status"] as? String == "active" && first["marking"] as? String == "TLP:AMBER")
    }

    @Test("a releasable JSON brief leaves out the notes that are not releasable")
    func releasable() throws {
        let data = try BriefFixture.sample()
        let record = try #require(data.cases.first { $0.id == "MX-2026-0001" })
        let json = try BriefFixture.render([record.id], in: data, .json, .en, releasable: true)
        let decoded = try JSONDecoder().decode(Envelope.self, from: Data(json.utf8))
        #expect(decoded.releasable)
        #expect(decoded.cases.first?.notes == record.notes.filter(\.releasableToMexico))
    }

    @Test("hostile text round-trips through the JSON brief exactly, with its controls written as escapes")
    func hostileRoundTrip() throws {
        let data = try BriefFixture.hostile()
        let records = try BriefFixture.records(["MX-2026-0801", "MX-2026-0802", "MX-2026-0803"], in: data)
        let json = try BriefFixture.render(records.map(\.id), in: data, .json, .en)
        #expect(try JSONDecoder().decode(Envelope.self, from: Data(json.utf8)).cases == records)
        #expect(json.contains("\\u009b") && json.contains("\\u202e") && json.contains("\\u200b"))
    }
}
