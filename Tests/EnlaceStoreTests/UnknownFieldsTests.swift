import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

/// A field written by a newer Enlace or a script is kept through every save of its record: the
/// value read back equals, as JSON, the value written.
@Suite("Unknown fields are kept")
struct UnknownFieldsTests {
    /// Unknown keys that sort before, between and after the known ones, with every kind of value.
    static let unknownMembers = """
        "Zeta" : {"b" : [1, 2.5, -0.001, 12345678901234567890123, 1e300], "a" : null},
        "classification2" : "ÑANDÚ \\u0000 \\"quoted\\" \\ud83d\\ude00",
        "reviewedBy" : ["ops", true, false, {}, []],
        "zz" : 7
        """

    static func caseFile(id: String = "MX-2026-0042") -> String {
        """
        {
          "id" : "\(id)", "title" : "Precursor shipment", "status" : "active", "priority" : "high",
          "marking" : "TLP:AMBER", "leadAgency" : "DEA", "opened" : "2026-03-02", "version" : 3,
          "createdAt" : "2026-03-02T00:00:00Z", "createdBy" : "someone",
          \(unknownMembers)
        }
        """
    }

    /// The members of a JSON object that are not among `known`, as Foundation's reader sees them.
    static func members(_ data: Data, except known: Set<String>) throws -> NSDictionary {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return object.filter { !known.contains($0.key) } as NSDictionary
    }

    static let caseKeys: Set<String> = [
        "id", "title", "titleEs", "summary", "summaryEs", "status", "priority", "marking", "releasableToMexico",
        "leadAgency", "agencies", "contacts", "tags", "region", "post", "opened", "due", "nextAction", "links",
        "notes", "version", "createdAt", "createdBy", "updatedAt", "updatedBy",
    ]

    @Test("a case's unknown fields survive a note and an edit, equal as JSON, in sorted place")
    func caseKeepsThem() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try directory.write(Self.caseFile(), to: "cases/MX-2026-0042.json")
        let original = try Self.members(Data(Self.caseFile().utf8), except: Self.caseKeys)
        #expect(original.count == 4)

        let noted = try store.appendNote(caseID: "MX-2026-0042", note: Note(at: Sample.clock(), author: "agarcia", text: "called"))
        #expect(noted.unknownFields.sortedNames == ["Zeta", "classification2", "reviewedBy", "zz"])
        var edited = try store.loadCase(id: "MX-2026-0042")
        edited.status = .waiting
        try store.save(edited, expectedVersion: 4)

        let written = try #require(directory.bytes("cases/MX-2026-0042.json"))
        #expect(try Self.members(written, except: Self.caseKeys) == original)
        // Written as the encoder writes the whole record: keys sorted, unknown ones among the rest.
        #expect(written == (try CanonicalJSON.encode(try store.loadCase(id: "MX-2026-0042"))))
    }

    @Test("the direct writer writes a case with unknown fields byte for byte as JSONEncoder does")
    func canonicalWriter() throws {
        let record = try JSONDecoder().decode(Case.self, from: Data(Self.caseFile().utf8))
        #expect(record.unknownFields.fields.count == 4)
        #expect(CanonicalCaseJSON.encode(record) == (try CanonicalJSON.encode(record)))
        // What the fuzz target promises: written and read again, the same case.
        let again = RecordDecoding.caseFile(CanonicalCaseJSON.encode(record), path: "c", fileName: "MX-2026-0042.json")
        #expect((try? again.get()) == record)
    }

    @Test("a contact's unknown fields survive a save of contacts.json")
    func contactKeepsThem() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try directory.write("""
            [{"id" : "C-0001", "name" : "Ana Ruiz", "agency" : "FGR", "version" : 1, "signal" : {"handle" : "@ana", "since" : 2024}},
             {"id" : "C-0002", "name" : "Bo Li", "agency" : "DEA", "version" : 1}]
            """, to: "contacts.json")
        var contact = try #require(try store.load().data.contacts.first)
        contact.role = "fiscal"
        try store.save(contact: contact, expectedVersion: 1)
        let written = try #require(directory.bytes("contacts.json"))
        let list = try #require(try JSONSerialization.jsonObject(with: written) as? [[String: Any]])
        #expect(list.first?["signal"] as? NSDictionary == ["handle": "@ana", "since": 2024] as NSDictionary)
        #expect(list.first?["role"] as? String == "fiscal")
        #expect(list.last?["signal"] == nil)
    }
}
