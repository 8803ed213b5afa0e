import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

/// The liaison log on disk: one file per entry under `log/`, ids from the store, versions,
/// audit lines, and the same refusals as cases.
@Suite("The liaison log in the data directory")
struct LogStoreTests {
    static func entry(_ topic: String = "Precursor container", at start: String = "2026-12-01T16:00:00Z") -> LogEntry {
        LogEntry(
            id: "", kind: .call, start: Timestamp(iso: start)!, officers: ["agarcia"], officials: ["C-0004"],
            agencies: ["FGR"], topic: topic, createdAt: Timestamp(iso: "2026-12-01T00:00:00Z")!, createdBy: "someone")
    }

    @Test("a directory without log/ has an empty log, and nothing is written by reading it")
    func emptyLog() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let log = try store.loadLog()
        #expect(log.entries.isEmpty && log.problems.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory.data.path + "/log"))
    }

    @Test("new entries get LOG-YEAR-NNNN ids in turn, version 1, the store's stamps and one audit line each")
    func createAndLoad() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let first = try store.create(logEntry: Self.entry("first", at: "2026-11-20T10:00:00Z"), year: 2026)
        let second = try store.create(logEntry: Self.entry("second"), year: 2026)
        let otherYear = try store.create(logEntry: Self.entry("third"), year: 2027)
        #expect([first.id, second.id, otherYear.id] == ["LOG-2026-0001", "LOG-2026-0002", "LOG-2027-0001"])
        #expect(first.version == 1 && first.createdBy == "agarcia" && first.updatedBy == "agarcia")
        #expect(FileManager.default.fileExists(atPath: directory.data.path + "/log/LOG-2026-0001.json"))
        // Newest first: by start, then id.
        #expect(try store.loadLog().entries.map(\.topic) == ["third", "second", "first"])
        let lines = directory.auditLines()
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.contains("\"entity\":\"log\"") && $0.contains("\"change\":\"created\"") })
    }

    @Test("a save from a stale version is a conflict and writes nothing; a confirmation never conflicts")
    func versions() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let created = try store.create(logEntry: Self.entry(), year: 2026)
        var edited = created
        edited.summary = "Agreed to share the manifest."
        let saved = try store.save(logEntry: edited, expectedVersion: created.version)
        #expect(saved.version == 2)
        let path = store.logEntryPath(id: created.id)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        var stale = created
        stale.topic = "another topic"
        #expect(throws: StoreError.self) { try store.save(logEntry: stale, expectedVersion: created.version) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let report = ContactReport(filedOn: Day(iso: "2026-12-03")!, acknowledgement: "SRE-77")
        let confirmed = try store.confirmReport(logID: created.id, report: report)
        #expect(confirmed.version == 3 && confirmed.report == report && confirmed.summary == edited.summary)
        #expect(directory.auditLines().last?.contains("SRE-77") == true)
        // Saving what is already there changes nothing on disk.
        let unchanged = try store.save(logEntry: confirmed, expectedVersion: confirmed.version)
        #expect(unchanged.version == 3)
        #expect(directory.auditLines().count == 3)
    }

    @Test("a damaged entry file is named and left out, never overwritten, and its id is not given again")
    func damagedFile() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let created = try store.create(logEntry: Self.entry(), year: 2026)
        let path = store.logEntryPath(id: created.id)
        try Data("{ \"id\": \"LOG-2026-0001\", ".utf8).write(to: URL(fileURLWithPath: path))
        let log = try store.loadLog()
        #expect(log.entries.isEmpty)
        #expect(log.problems.map(\.path) == [path])
        #expect(throws: StoreError.self) { try store.confirmReport(logID: created.id, report: ContactReport(filedOn: Day(iso: "2026-12-02")!)) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ \"id\": \"LOG-2026-0001\", ")
        #expect(try store.create(logEntry: Self.entry(), year: 2026).id == "LOG-2026-0002")
    }

    @Test("an entry whose id is not its file's name is damaged data")
    func idMismatch() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let created = try store.create(logEntry: Self.entry(), year: 2026)
        try FileManager.default.moveItem(atPath: store.logEntryPath(id: created.id), toPath: store.logEntryPath(id: "LOG-2026-0009"))
        #expect(try store.loadLog().problems.count == 1)
    }

    @Test("log/ that is a symbolic link is not written through")
    func symlinkedLogDirectory() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let elsewhere = directory.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.data.path + "/log", withDestinationPath: elsewhere.path)
        #expect(throws: StoreError.self) { try store.create(logEntry: Self.entry(), year: 2026) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test("a read-only store refuses to log, and writes nothing")
    func readOnly() throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory)
        let store = Sample.store(directory, mode: .readOnly)
        #expect(throws: StoreError.self) { try store.create(logEntry: Self.entry(), year: 2026) }
        #expect(!FileManager.default.fileExists(atPath: directory.data.path + "/log"))
    }

    @Test("an import adds every entry as given with one audit line each, or none")
    func importAllOrNothing() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        var first = Self.entry("first")
        first.id = "LOG-2025-0007"
        first.version = 3
        var second = Self.entry("second")
        second.id = "LOG-2025-0008"
        try store.importLog([first, second])
        #expect(try store.loadLog().entries.map(\.id) == ["LOG-2025-0008", "LOG-2025-0007"])
        #expect(try store.readLogEntry(id: "LOG-2025-0007")?.version == 3)
        #expect(directory.auditLines().count == 2)

        // One id already in the log: nothing of the batch lands.
        var third = Self.entry("third")
        third.id = "LOG-2025-0009"
        #expect(throws: StoreError.duplicateID(id: "LOG-2025-0008")) { try store.importLog([third, second]) }
        #expect(try store.readLogEntry(id: "LOG-2025-0009") == nil)
        #expect(directory.auditLines().count == 2)
        // A failing rename: nothing lands, no temp file is left.
        let failing = Sample.store(directory, calls: .failing("rename", errno: EIO, matching: "LOG-2025-0010"))
        var fourth = Self.entry("fourth")
        fourth.id = "LOG-2025-0010"
        #expect(throws: StoreError.self) { try failing.importLog([third, fourth]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.data.path + "/log").sorted()
            == ["LOG-2025-0007.json", "LOG-2025-0008.json"])
        #expect(directory.auditLines().count == 2)
    }
}
