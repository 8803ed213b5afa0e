import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("Deleting a case (the undo of its creation)")
struct DeleteTests {
    /// A board with one case saved by the store, version 1.
    private func boardWithCase() throws -> (TestDirectory, Store, Case) {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let record = try store.save(Sample.newCase(), expectedVersion: nil)
        return (directory, store, record)
    }

    private func caseNames(_ directory: TestDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.data.path + "/cases").sorted()
    }

    @Test("the case file goes, its last version stays in a hidden tombstone, and no load or list shows it")
    func fileGone() throws {
        let (directory, store, record) = try boardWithCase()
        let bytes = directory.bytes("cases/MX-2026-0042.json")
        let deleted = try store.deleteCase(id: record.id, expectedVersion: 1)
        #expect(deleted == record)
        #expect(try caseNames(directory) == [".MX-2026-0042.json.deleted"])
        #expect(directory.bytes("cases/.MX-2026-0042.json.deleted") == bytes)
        #expect(try store.load().data.cases.isEmpty)
        #expect(try store.loadListIndex().cases.rows.isEmpty)
        #expect(store.loadCases(ids: [record.id]).cases.isEmpty)
    }

    @Test("a list index written before the deletion does not bring the case back")
    func listIndexAfterDeletion() throws {
        let (directory, store, record) = try boardWithCase()
        defer { withExtendedLifetime(directory) {} }
        try store.save(Sample.newCase("MX-2026-0043"), expectedVersion: nil)
        #expect(try store.loadListIndex().cases.rows.map(\.id) == ["MX-2026-0042", "MX-2026-0043"])
        try store.deleteCase(id: record.id, expectedVersion: 1)
        #expect(try store.loadListIndex().cases.rows.map(\.id) == ["MX-2026-0043"])
    }

    @Test("one audit line says deleted, with the next version and the whole record; the history ends with it")
    func auditLine() throws {
        let (directory, store, record) = try boardWithCase()
        let created = directory.auditLines()
        try store.deleteCase(id: record.id, expectedVersion: 1)
        let lines = directory.auditLines()
        #expect(lines.count == 2)
        // The log is appended to, never rewritten.
        #expect(Array(lines.prefix(1)) == created)
        let entry = try #require(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(entry["change"] as? String == "deleted")
        #expect(entry["version"] as? Int == 2)
        #expect(entry["user"] as? String == "agarcia")
        #expect(entry["id"] as? String == "MX-2026-0042")
        let kept = try #require(entry["record"] as? [String: Any])
        #expect(kept["title"] as? String == record.title)
        #expect(kept["version"] as? Int == 1)
        #expect(try store.history(id: record.id).map(\.change) == [.created, .deleted])
        let check = try store.checkAuditLog()
        #expect(check.problems.isEmpty && check.warnings.isEmpty && check.entryCount == 2)
    }

    @Test("refused when someone has changed the case since: their case comes back and nothing changes")
    func refusedOnChangedVersion() throws {
        let (directory, store, record) = try boardWithCase()
        let other = Sample.store(directory, user: "bsmith")
        var theirs = record
        theirs.priority = .low
        theirs = try other.save(theirs, expectedVersion: 1)
        let before = directory.contents()
        var mine = theirs
        mine.version = 1
        #expect(throws: StoreError.conflict(mine: .case(mine), theirs: .case(theirs))) {
            try store.deleteCase(id: record.id, expectedVersion: 1)
        }
        #expect(directory.contents() == before)
    }

    @Test("a deleted id stays taken: creating or importing it again is refused, naming who deleted it and when")
    func idStaysTaken() throws {
        let (directory, store, record) = try boardWithCase()
        try store.deleteCase(id: record.id, expectedVersion: 1)
        let before = directory.contents()
        let deleted = StoreError.deleted(id: record.id, user: "agarcia", at: Sample.clock())
        #expect(throws: deleted) { try store.save(Sample.newCase(), expectedVersion: nil) }
        #expect(throws: deleted) { try store.importCases([Sample.newCase("MX-2026-0050"), Sample.newCase()]) }
        #expect(directory.contents() == before)
    }

    @Test("a note, an edit or a read of a deleted case says it was deleted; an id never used is not found")
    func deletedIsNotNotFound() throws {
        let (directory, store, record) = try boardWithCase()
        defer { withExtendedLifetime(directory) {} }
        try store.deleteCase(id: record.id, expectedVersion: 1)
        let deleted = StoreError.deleted(id: record.id, user: "agarcia", at: Sample.clock())
        #expect(throws: deleted) { try store.loadCase(id: record.id) }
        #expect(throws: deleted) { try store.save(record, expectedVersion: 1) }
        #expect(throws: deleted) {
            try store.appendNote(caseID: record.id, note: Note(at: Sample.clock(), author: "agarcia", text: "late"))
        }
        #expect(throws: deleted) { try store.deleteCase(id: record.id, expectedVersion: 1) }
        #expect(store.missingCaseError(id: record.id) == deleted)
        #expect(store.missingCaseError(id: "MX-2026-0099") == .notFound(id: "MX-2026-0099"))
    }

    @Test("when the audit line cannot be written the case is put back and nothing has changed; a retry works")
    func auditFailureTakesBack() throws {
        let (directory, _, record) = try boardWithCase()
        let before = directory.contents()
        let failing = Sample.store(directory, calls: .failing("write", errno: ENOSPC, matching: "audit.jsonl"))
        #expect(throws: StoreError.io(path: directory.data.path + "/audit.jsonl", operation: .write, errno: ENOSPC)) {
            try failing.deleteCase(id: record.id, expectedVersion: 1)
        }
        #expect(directory.contents() == before)
        try Sample.store(directory).deleteCase(id: record.id, expectedVersion: 1)
        #expect(directory.auditLines().count == 2)
    }

    @Test("a failed rename changes nothing")
    func renameFailure() throws {
        let (directory, _, record) = try boardWithCase()
        let before = directory.contents()
        let failing = Sample.store(directory, calls: .failing("rename", errno: EIO, matching: "MX-2026-0042.json"))
        #expect(throws: StoreError.io(path: directory.data.path + "/cases/MX-2026-0042.json", operation: .rename, errno: EIO)) {
            try failing.deleteCase(id: record.id, expectedVersion: 1)
        }
        #expect(directory.contents() == before)
    }

    @Test("a crash between the rename and the audit line: the case is gone without a line, never the reverse, and the board still loads")
    func crashBeforeAuditLine() throws {
        let (directory, store, record) = try boardWithCase()
        // What a writer killed right after its rename leaves.
        let cases = directory.data.path + "/cases/"
        #expect(rename(cases + "MX-2026-0042.json", cases + ".MX-2026-0042.json.deleted") == 0)
        let load = try store.load()
        #expect(load.data.cases.isEmpty && load.problems.isEmpty && load.removedTempFiles.isEmpty)
        #expect(try caseNames(directory) == [".MX-2026-0042.json.deleted"], "the last version is kept, not swept as a temp file")
        #expect(directory.auditLines().count == 1)
        #expect(try store.checkAuditLog().problems.isEmpty)
        #expect(store.missingCaseError(id: record.id) == .deleted(id: record.id, user: nil, at: nil))
    }

    @Test("another board's change stamp moves when a case is deleted, so it reloads without it")
    func changeStampMoves() throws {
        let (directory, store, record) = try boardWithCase()
        defer { withExtendedLifetime(directory) {} }
        let before = store.changeStamp()
        try store.deleteCase(id: record.id, expectedVersion: 1)
        #expect(store.changeStamp() != before)
    }

    @Test("a read-only store deletes nothing")
    func readOnly() throws {
        let (directory, _, record) = try boardWithCase()
        let before = directory.contents()
        #expect(throws: StoreError.readOnly(path: directory.data.path)) {
            try Sample.store(directory, mode: .readOnly).deleteCase(id: record.id, expectedVersion: 1)
        }
        #expect(directory.contents() == before)
    }
}
