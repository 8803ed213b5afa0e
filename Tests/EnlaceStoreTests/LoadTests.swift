import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("Loading, damaged files and stray temp files")
struct LoadTests {
    @Test("a damaged contacts.json fails the load with path, line and column, and is not rewritten")
    func damagedContacts() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let damaged = "[\n  {\"id\": \"C-0001\", \"name\": \"Ana\", \"agency\": \"FGR\", \"version\": 1}\n  {\"id\": \"C-0002\"}\n]\n"
        try directory.write(damaged, to: "contacts.json")
        #expect(throws: StoreError.damaged(
            path: directory.data.path + "/contacts.json", line: 3, column: 3,
            reason: .unexpectedCharacter(found: "{", expected: .commaOrClosingBracket))) { _ = try store.load() }
        // A save of a contact must not overwrite the damaged file either.
        #expect(throws: StoreError.self) {
            try store.save(contact: Contact(id: "C-0003", name: "Bo", agency: "FGR"), expectedVersion: nil)
        }
        #expect(directory.text("contacts.json") == damaged)
    }

    @Test("a damaged case file is named with its line and column, left as it is, and the other cases load")
    func damagedCase() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase("MX-2026-0001"), expectedVersion: nil)
        try store.save(Sample.newCase("MX-2026-0003"), expectedVersion: nil)
        let damaged = "{\n  \"id\": \"MX-2026-0002\",\n  \"title\": \"Cut off"
        try directory.write(damaged, to: "cases/MX-2026-0002.json")

        let result = try store.load()
        #expect(result.data.cases.map(\.id) == ["MX-2026-0001", "MX-2026-0003"])
        #expect(result.problems == [DataProblem(
            path: directory.data.path + "/cases/MX-2026-0002.json", line: 3, column: 20, reason: .unexpectedEnd)])
        #expect(directory.text("cases/MX-2026-0002.json") == damaged)
        #expect(throws: StoreError.self) { try store.appendNote(caseID: "MX-2026-0002", note: Note(at: Sample.clock(), author: "a", text: "x")) }
        #expect(directory.text("cases/MX-2026-0002.json") == damaged)
    }

    @Test("a field of the wrong type is found at its own line, with the field's name")
    func wrongType() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let saved = try store.save(Sample.newCase(), expectedVersion: nil)
        let path = "cases/\(saved.id).json"
        let text = try #require(directory.text(path))
        try directory.write(text.replacingOccurrences(of: #""status" : "active""#, with: #""status" : 5"#), to: path)
        let lines = try #require(directory.text(path)).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains(#""status""#) }) + 1
        let column = try #require(lines[line - 1].range(of: "5")).lowerBound.utf16Offset(in: lines[line - 1]) + 1

        let problem = try #require(store.load().problems.first)
        #expect(problem.line == line)
        #expect(problem.column == column)
        #expect(problem.reason == .wrongType(field: "status", expected: "string"))
    }

    @Test("a missing required field is named, at its object")
    func missingField() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try directory.write("{\n  \"id\": \"MX-2026-0009\"\n}\n", to: "cases/MX-2026-0009.json")
        let problem = try #require(store.load().problems.first)
        #expect(problem.reason == .missingField(field: "title"))
        #expect((problem.line, problem.column) == (1, 1))
    }

    @Test("a case file whose id is not its name is reported and skipped")
    func idMismatch() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase("MX-2026-0001"), expectedVersion: nil)
        try FileManager.default.copyItem(
            atPath: directory.data.path + "/cases/MX-2026-0001.json", toPath: directory.data.path + "/cases/MX-2026-0777.json")
        let result = try store.load()
        #expect(result.data.cases.map(\.id) == ["MX-2026-0001"])
        #expect(result.problems.map(\.reason) == [.idDoesNotMatchFileName(id: "MX-2026-0001", fileName: "MX-2026-0777.json")])
        let lines = try #require(directory.text("cases/MX-2026-0777.json")).split(separator: "\n", omittingEmptySubsequences: false)
        let idLine = try #require(lines.firstIndex { $0.contains(#""id" : "#) }) + 1
        #expect(result.problems.first?.line == idLine)
    }

    @Test("a board.json of a newer schema is refused with both versions")
    func newerSchema() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try directory.write(#"{"schemaVersion": 2, "layout": "something new"}"#, to: "board.json")
        #expect(throws: StoreError.newerSchema(path: directory.data.path + "/board.json", found: 2, supported: 1)) {
            _ = try store.load()
        }
    }

    @Test("a temp file left by a crashed writer is removed on the next load")
    func strayTemp() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try directory.write("{ half", to: "cases/.MX-2026-0042.json.tmp-99999-abc")
        try directory.write("{ half", to: ".contacts.json.tmp-99999-def")
        let result = try store.load()
        #expect(result.problems.isEmpty)
        #expect(result.removedTempFiles.count == 2)
        #expect(directory.bytes("cases/.MX-2026-0042.json.tmp-99999-abc") == nil)
        #expect(directory.bytes(".contacts.json.tmp-99999-def") == nil)
    }

    @Test("a temp file is kept while another writer holds the lock")
    func tempOfActiveWriter() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try directory.write("{ half", to: "cases/.MX-2026-0042.json.tmp-99999-abc")
        let lock = try DirectoryLock.acquire(
            path: directory.data.path + "/.lock", timeout: .seconds(1), holder: "bsmith", newFileMode: 0o600)
        defer { lock.release() }
        let result = try store.load()
        #expect(result.removedTempFiles.isEmpty)
        #expect(directory.bytes("cases/.MX-2026-0042.json.tmp-99999-abc") != nil)
    }

    @Test("many case files load in parallel, sorted by id")
    func manyCases() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let cases = (1...300).reversed().map { Sample.newCase(String(format: "MX-2026-%04d", $0)) }
        try store.importCases(cases)
        let loaded = try store.load().data.cases
        #expect(loaded.map(\.id) == cases.map(\.id).sorted())
    }
}
