import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Writes refused before anything changes: boards a load refuses, directories one may not write")
struct WriteRefusalTests {
    static func note(_ store: Store) throws(StoreError) {
        try store.appendNote(caseID: "MX-2026-0001", note: Note(at: Sample.clock(), author: "agarcia", text: "llamada con FGR"))
    }

    @Test("a damaged board.json refuses a note as a load does, and no lock file is made")
    func damagedBoard() throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory, sample: true)
        try directory.write("{ \"schemaVersion\": 1, ", to: "board.json")
        let before = directory.listing()
        let store = Sample.store(directory)
        let loadError = #expect(throws: StoreError.self) { try store.load() }
        let noteError = #expect(throws: StoreError.self) { try Self.note(store) }
        #expect(noteError == loadError)
        if case .damaged(let path, _, _, _)? = noteError { #expect(path.hasSuffix("/board.json")) } else {
            Issue.record("expected board.json named as damaged, got \(String(describing: noteError))")
        }
        #expect(directory.listing() == before)
    }

    @Test("a board.json from a newer Enlace refuses a save, and nothing changes")
    func newerSchema() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory, sample: true)
        let record = try store.load().data.cases[0]
        try directory.write("{\"schemaVersion\": 99, \"name\": \"x\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"defaultLanguage\": \"en\"}\n", to: "board.json")
        let before = directory.listing()
        #expect(throws: StoreError.newerSchema(path: directory.data.path + "/board.json", found: 99, supported: 1)) {
            try store.save(record, expectedVersion: record.version)
        }
        #expect(directory.listing() == before)
    }

    @Test("board.json lost beside cases: load and note say it is missing, create that the directory is not empty; nothing changes")
    func lostBoardFile() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory, sample: true)
        unlink(directory.data.path + "/board.json")
        let before = directory.listing()
        let missing = StoreError.missingFile(path: directory.data.path + "/board.json")
        #expect(throws: missing) { try store.load() }
        #expect(throws: missing) { try Self.note(store) }
        #expect(throws: StoreError.notEmpty(path: directory.data.path, found: ["agencies.json", "cases/", "contacts.json", "log/"])) {
            try Store.create(at: directory.data, sample: true, user: "agarcia")
        }
        #expect(directory.listing() == before)
    }

    @Test("a directory without board.json or data is not a data directory, for a note too")
    func emptyDirectory() throws {
        let directory = try TestDirectory()
        try FileManager.default.createDirectory(at: directory.data, withIntermediateDirectories: true)
        let store = Sample.store(directory)
        #expect(throws: StoreError.notADataDirectory(path: directory.data.path)) { try Self.note(store) }
        #expect(directory.listing().isEmpty)
    }

    @Test("a directory this user may not write: refused before the save, naming the directory, nothing changed")
    func notWritable() throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory, sample: true)
        let before = directory.listing()
        let store = Sample.store(directory, calls: .denyingWrites(to: directory.data.path))
        let refusal = StoreError.notWritable(path: directory.data.path, errno: EACCES)
        #expect(store.writeRefusal() == refusal)
        #expect(throws: refusal) { try Self.note(store) }
        #expect(directory.listing() == before)
        #expect(Sample.store(directory).writeRefusal() == nil)
    }

    @Test("a lock file that cannot be made names the permission, not a missing file")
    func lockNotCreatable() throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory, sample: true)
        let store = Sample.store(directory, calls: .failing("open", errno: EACCES, matching: ".lock"))
        #expect(throws: StoreError.notWritable(path: directory.data.path, errno: EACCES)) { try Self.note(store) }
        #expect(!FileManager.default.fileExists(atPath: directory.data.path + "/.lock"))
    }

    @Test("a read-only mount is refused for root too: EROFS from access is a refusal")
    func readOnlyMount() throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory, sample: true)
        let store = Sample.store(directory, calls: .denyingWrites(to: directory.data.path + "/cases", errno: EROFS))
        #expect(store.writeRefusal() == .notWritable(path: directory.data.path + "/cases", errno: EROFS))
    }
}

extension SystemCalls {
    /// Live calls, except that `access(path, W_OK)` answers `failure` for `path`: what the
    /// kernel says to a user who may not write there (tests run as root, who may).
    static func denyingWrites(to denied: String, errno failure: Int32 = EACCES) -> SystemCalls {
        var calls = SystemCalls.live
        calls.access = { path, mode in
            if path == denied && mode & W_OK != 0 {
                errno = failure
                return -1
            }
            return Glibc.access(path, mode)
        }
        return calls
    }
}
