import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("The audit log")
struct AuditTests {
    private func entries(_ directory: TestDirectory) throws -> [[String: Any]] {
        try directory.auditLines().map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("one line per change: created, the changed fields with from and to, note added")
    func linePerChange() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        var record = try store.save(Sample.newCase(), expectedVersion: nil)
        record.status = .waiting
        record.nextAction = "Llamar a la FGR"
        record = try store.save(record, expectedVersion: 1)
        try store.appendNote(caseID: record.id, note: Note(at: Sample.clock(), author: "agarcia", text: "Called FGR"))

        let lines = try entries(directory)
        #expect(lines.count == 3)
        #expect(lines.map { $0["version"] as? Int } == [1, 2, 3])
        #expect(lines.allSatisfy { $0["user"] as? String == "agarcia" && $0["entity"] as? String == "case" })
        #expect(lines.allSatisfy { $0["id"] as? String == "MX-2026-0042" && $0["at"] as? String == "2026-03-09T15:00:00Z" })
        #expect(lines[0]["change"] as? String == "created")
        let change = try #require(lines[1]["change"] as? [String: [String: Any]])
        #expect(Set(change.keys) == ["status", "nextAction"])
        #expect(change["status"]?["from"] as? String == "active")
        #expect(change["status"]?["to"] as? String == "waiting")
        #expect(lines[2]["change"] as? String == "note added")
    }

    @Test("a conflict, a refused id and a no-op add no line")
    func noLineWithoutChange() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let record = try store.save(Sample.newCase(), expectedVersion: nil)
        _ = try? store.save(record, expectedVersion: 5)
        _ = try? store.save(Sample.newCase("../x"), expectedVersion: nil)
        _ = try store.save(record, expectedVersion: 1)
        #expect(directory.auditLines().count == 1)
    }

    @Test("after a torn last line the next entry starts on a line of its own")
    func tornLine() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try directory.write(#"{"at":"2026-03-09T15:00:00Z","user":"x","enti"#, to: "audit.jsonl")
        try store.save(Sample.newCase(), expectedVersion: nil)
        let lines = directory.auditLines()
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("{") && lines[1].contains(#""change":"created""#))
    }
}
