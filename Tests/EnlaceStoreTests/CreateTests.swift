import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("Creating a data directory")
struct CreateTests {
    @Test("an empty board has the registry, no contacts and no cases, and loads")
    func emptyBoard() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let result = try store.load()
        #expect(!result.data.registry.agencies.isEmpty)
        #expect(result.data.contacts.isEmpty)
        #expect(result.data.cases.isEmpty)
        #expect(result.problems.isEmpty)
        #expect(result.data.board.schemaVersion == Board.currentSchemaVersion)
    }

    @Test("the sample board has the fixtures' contacts and cases")
    func sampleBoard() throws {
        let directory = try TestDirectory()
        let result = try Sample.created(directory, sample: true).load()
        let sampleCases = EmbeddedFixtures.files.filter { $0.path.hasPrefix("sample/cases/") }.count
        #expect(result.data.cases.count == sampleCases)
        #expect(!result.data.contacts.isEmpty)
        #expect(result.problems.isEmpty)
    }

    @Test("files are written in canonical form: sorted keys, pretty, a final newline")
    func canonicalForm() throws {
        let directory = try TestDirectory()
        let result = try Sample.created(directory, sample: true).load()
        for name in ["board.json", "agencies.json", "contacts.json", "cases/\(result.data.cases[0].id).json"] {
            let bytes = try #require(directory.bytes(name))
            #expect(bytes.last == UInt8(ascii: "\n"), "\(name) ends with a newline")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("\n  "), "\(name) is pretty-printed")
            #expect(!text.contains("\\/"), "\(name) keeps slashes as they are")
        }
        let board = try #require(directory.text("board.json"))
        let keys = board.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("\"") else { return nil }
            return String(trimmed.dropFirst().prefix { $0 != "\"" })
        }
        #expect(keys == keys.sorted())
    }

    @Test("a directory that already has board.json is refused and left as it is")
    func refusesExisting() throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory)
        let before = directory.listing()
        #expect(throws: StoreError.alreadyExists(path: directory.data.path + "/board.json")) {
            _ = try Store.create(at: directory.data, sample: true, user: "agarcia")
        }
        #expect(directory.listing() == before)
    }

    @Test("a directory without board.json that is not empty is refused, naming what is there, and left as it is")
    func refusesNonEmpty() throws {
        let directory = try TestDirectory()
        try FileManager.default.createDirectory(at: directory.data.appendingPathComponent("cases"), withIntermediateDirectories: true)
        try directory.write("[]\n", to: "contacts.json")
        let before = directory.listing()
        #expect(throws: StoreError.notEmpty(path: directory.data.path, found: ["cases/", "contacts.json"])) {
            _ = try Store.create(at: directory.data, sample: true, user: "agarcia")
        }
        #expect(directory.listing() == before)
        #expect(directory.text("contacts.json") == "[]\n")
    }

    @Test("new files are 0600 and the directory 0700, whatever the umask")
    func newFileModes() throws {
        let directory = try TestDirectory()
        let old = umask(0)
        defer { umask(old) }
        _ = try Sample.created(directory, sample: true)
        #expect(directory.mode("board.json") == 0o600)
        #expect(directory.mode("contacts.json") == 0o600)
        #expect(directory.mode("cases/MX-2026-0001.json") == 0o600)
        #expect(directory.mode("") == 0o700)
    }

    @Test("a directory without board.json is not a data directory")
    func notADataDirectory() throws {
        let directory = try TestDirectory()
        #expect(throws: StoreError.notADataDirectory(path: directory.data.path)) {
            _ = try Sample.store(directory).load()
        }
    }
}
