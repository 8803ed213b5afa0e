import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

/// A save costs one case file and one audit line whatever the size of the board (the target
/// "at 100k no more than 1.5× the time at 1k"). Counted in files and bytes, never timed.
@Suite("What a save costs", .serialized)
struct SaveCostTests {
    @Test("a note on a 2,000-case board writes one case file and the audit log, and changes no other file")
    func noteTouchesOneCaseFile() throws {
        let board = try GeneratedBoard(cases: 2_000)
        let spy = SystemCallSpy()
        let store = board.store(calls: spy.calls)
        let id = board.cases[1_234].id
        let before = board.stamps()

        try store.appendNote(caseID: id, note: Note(at: .now(), author: "agarcia", text: "Llamada con la Fiscalía"))

        let after = board.stamps()
        let changed = Set(after.keys).union(before.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed == ["audit.jsonl", "cases/\(id).json"])
        // `.lock` is opened for writing to hold the lock and name its holder; it holds no data.
        let written = spy.writes.map { ($0 as NSString).lastPathComponent }.filter { $0 != ".lock" }
        #expect(written.count == 2, "\(written)")
        #expect(written.contains { $0.hasPrefix(".\(id).json.tmp-") })
        #expect(written.contains("audit.jsonl"))
        #expect(spy.renames == [board.caseFile(id)])
    }

    @Test("a note reads about one case file's bytes, on a board of 200 cases as on one of 2,000")
    func noteReadsDoNotGrowWithTheBoard() throws {
        func bytesReadByANote(cases: Int) throws -> (bytes: Int, caseFile: Int) {
            let board = try GeneratedBoard(cases: cases)
            let store = board.store()
            let id = board.cases[cases / 2].id
            let size = (try FileManager.default.attributesOfItem(atPath: board.caseFile(id))[.size] as? Int) ?? 0
            let start = ThreadReads.bytes
            try store.appendNote(caseID: id, note: Note(at: .now(), author: "agarcia", text: "Seguimiento"))
            return (ThreadReads.bytes - start, size)
        }
        let small = try bytesReadByANote(cases: 200)
        let large = try bytesReadByANote(cases: 2_000)
        #expect(small.bytes > 0 && large.bytes > 0)
        // The case file, the audit log's last byte, the lock sidecar: a few KB, never the board.
        #expect(large.bytes <= large.caseFile + 4_096)
        #expect(large.bytes <= small.bytes + 2_048)
    }

    @Test("saving an edited case rewrites its file and the audit log only")
    func saveTouchesOneCaseFile() throws {
        let board = try GeneratedBoard(cases: 2_000)
        let store = board.store()
        var record = try store.loadCase(id: board.cases[42].id)
        record.status = record.status == .closed ? .active : .closed
        let before = board.stamps()
        _ = try store.save(record, expectedVersion: record.version)
        let after = board.stamps()
        let changed = Set(after.keys).union(before.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed == ["audit.jsonl", "cases/\(record.id).json"])
    }
}
