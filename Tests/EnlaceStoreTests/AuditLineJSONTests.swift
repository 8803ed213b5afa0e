import EnlaceModel
import Foundation
import Testing
@testable import EnlaceStore

/// Audit lines written directly must be exactly the lines `JSONEncoder` writes, so a log keeps
/// one form whichever version appended to it.
@Suite("Audit line JSON")
struct AuditLineJSONTests {
    @Test("creations, notes and deletion marks with hostile ids, users and versions are written as JSONEncoder writes them")
    func directLines() throws {
        var random = TestRandom(seed: 0xA0D17)
        let changes: [AuditChange] = [.created, .noteAdded, .deleted]
        for index in 0..<2_000 {
            let entry = AuditEntry(
                at: random.timestamp(), user: random.hostileText(), entity: index % 2 == 0 ? "case" : random.hostileText(),
                id: random.hostileText(), version: Int(bitPattern: UInt(random.next())) >> random.below(64),
                change: changes[index % changes.count])
            let direct = try AuditLineJSON.encode(entry)
            #expect(direct == (try CanonicalJSON.encodeLine(entry)), "\(String(decoding: direct, as: UTF8.self))")
        }
    }

    @Test("lines with changed fields or a deleted record are still JSONEncoder's")
    func encoderLines() throws {
        let record = TestRandom.plainCase()
        var edited = record
        edited.title = "Otro título \u{2028}"
        let fields = AuditEntry(at: record.createdAt, user: "u", entity: "case", id: record.id, version: 2,
                                change: AuditChange.between(record, edited))
        let deleted = AuditEntry(at: record.createdAt, user: "u", entity: "case", id: record.id, version: 2,
                                 change: .deleted, record: try JSONValue.of(record))
        for entry in [fields, deleted] {
            #expect(try AuditLineJSON.encode(entry) == (try CanonicalJSON.encodeLine(entry)))
        }
    }
}
