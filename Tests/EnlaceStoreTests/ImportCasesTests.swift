import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

/// `Store.importCases` has two ways in: a board without cases gets one staged directory renamed
/// onto `cases/`, a board with cases gets each case renamed into place. Both are all or nothing.
@Suite("Importing cases")
struct ImportCasesTests {
    /// The board an import starts from: no cases, or one case already on it.
    enum Board: CaseIterable {
        case withoutCases, withOneCase
    }

    private let batch = (1...9).map { Sample.newCase(String(format: "MX-2026-%04d", $0)) }

    private func board(_ kind: Board) throws -> (TestDirectory, Store) {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        if kind == .withOneCase { try store.save(Sample.newCase("MX-2026-0500"), expectedVersion: nil) }
        return (directory, store)
    }

    private func stagingDirectories(_ directory: TestDirectory) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.data.path)) ?? [])
            .filter { $0.hasPrefix(".cases.tmp-") }
    }

    @Test("an import adds every case with one audit line each and leaves nothing staged", arguments: Board.allCases)
    func succeeds(_ kind: Board) throws {
        let (directory, store) = try board(kind)
        let before = try store.load().data.cases
        try store.importCases(batch)
        #expect(try store.load().data.cases.elementsEqual((before + batch).sorted { $0.id < $1.id }))
        #expect(directory.auditLines().filter { $0.contains("\"created\"") }.count == before.count + batch.count)
        #expect(stagingDirectories(directory).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.data.path + "/cases").allSatisfy { !$0.hasPrefix(".") })
    }

    @Test("the cases directory an import replaces keeps its mode, and a missing one is made")
    func keepsTheDirectoryMode() throws {
        let (directory, store) = try board(.withoutCases)
        #expect(chmod(directory.data.path + "/cases", 0o750) == 0)
        try store.importCases(batch)
        #expect(directory.mode("cases") == 0o750)
        #expect(directory.mode("cases/MX-2026-0001.json") == directory.mode("board.json").map { ($0 & 0o660) | 0o600 })

        let (other, otherStore) = try board(.withoutCases)
        #expect(rmdir(other.data.path + "/cases") == 0)
        try otherStore.importCases(batch)
        #expect(try otherStore.load().data.cases.elementsEqual(batch))
    }

    @Test("a failure while writing, while renaming or at the audit log adds nothing", arguments: Board.allCases)
    func failuresAddNothing(_ kind: Board) throws {
        let failures: [(String, Int32, String)] = [
            ("open", ENOSPC, "MX-2026-0007"), ("write", ENOSPC, "MX-2026-0003"), ("rename", EIO, ".tmp-"),
            ("open", EIO, "audit.jsonl"), ("write", ENOSPC, "audit.jsonl"),
        ]
        for (call, failure, matching) in failures {
            let (directory, _) = try board(kind)
            let before = directory.contents()
            let failing = Sample.store(directory, calls: .failing(call, errno: failure, matching: matching))
            #expect(throws: StoreError.self, "\(call) \(matching)") { try failing.importCases(batch) }
            #expect(directory.contents() == before, "\(call) \(matching)")
            #expect(stagingDirectories(directory).isEmpty, "\(call) \(matching)")
        }
    }

    @Test("a failed write names the case file, not the staged one")
    func failureNamesTheCase() throws {
        let (directory, _) = try board(.withoutCases)
        let failing = Sample.store(directory, calls: .failing("open", errno: ENOSPC, matching: "MX-2026-0007"))
        #expect(throws: StoreError.io(path: directory.data.path + "/cases/MX-2026-0007.json", operation: .open, errno: ENOSPC)) {
            try failing.importCases(batch)
        }
    }

    @Test("a staging directory a crash left, beside cases/ or inside it, is removed by the next load, and the board is as it was",
          arguments: ["", "cases/"])
    func strayStagingRemoved(parent: String) throws {
        let (directory, store) = try board(.withOneCase)
        let staging = directory.data.path + "/" + parent + ".cases.tmp-import-4242-abc"
        #expect(mkdir(staging, 0o700) == 0)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: staging + "/MX-2026-0001.json"))
        let loaded = try store.load()
        #expect(loaded.removedTempFiles == [staging])
        #expect(loaded.data.cases.map(\.id) == ["MX-2026-0500"])
        #expect(!FileManager.default.fileExists(atPath: staging))
    }

    @Test("a cases directory that is a symbolic link is refused by name, empty or not: nothing reaches its target", arguments: Board.allCases)
    func symlinkedCaseDirectory(_ kind: Board) throws {
        let (directory, store) = try board(kind)
        let elsewhere = directory.path + "/elsewhere"
        #expect(rename(directory.data.path + "/cases", elsewhere) == 0)
        #expect(symlink(elsewhere, directory.data.path + "/cases") == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: elsewhere).sorted()
        #expect(throws: StoreError.damaged(path: directory.data.path + "/cases", line: 0, column: 0,
                                           reason: .notRealDirectory(kind: .symbolicLink))) {
            try store.importCases(batch)
        }
        var status = stat()
        #expect(lstat(directory.data.path + "/cases", &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).sorted() == before)
    }

    @Test("a board whose only case was deleted is not empty: the deleted id stays refused")
    func tombstoneKeepsIDTaken() throws {
        let (directory, store) = try board(.withOneCase)
        defer { withExtendedLifetime(directory) {} }
        try store.deleteCase(id: "MX-2026-0500", expectedVersion: 1)
        #expect(throws: StoreError.self) { try store.importCases([Sample.newCase("MX-2026-0500")]) }
        try store.importCases(batch)
        #expect(try store.load().data.cases.elementsEqual(batch))
    }

    // MARK: Staging while reading (`CaseLines.stage`, what `enlace import` does)

    private static func line(_ id: String) -> String {
        #"{"id":"\#(id)","title":"Importado","status":"active","priority":"high","marking":"TLP:GREEN","leadAgency":"DEA","opened":"2025-03-01","version":1,"createdAt":"2025-03-01T10:00:00Z","createdBy":"importer"}"#
    }

    /// Lines for `count` cases, `MX-2025-0001`… in order, as one file.
    private static func lines(_ count: Int) -> [String] {
        (1...count).map { line(String(format: "MX-2025-%04d", $0)) }
    }

    private func stage(_ lines: [String], into store: Store) throws -> Result<[(id: String, version: Int)], CaseLines.Problem> {
        let transaction = try store.beginImport()
        let result = CaseLines.stage(
            Data(lines.joined(separator: "\n").utf8), registry: try Store.embeddedRegistry(), contactIDs: [],
            into: transaction)
        switch result {
        case .success(let staged): try transaction.commit(staged)
        case .failure: transaction.abandon()
        }
        return result
    }

    @Test("a file read while it is staged adds its cases in file order, with audit lines in file order", arguments: Board.allCases)
    func stagedWhileRead(_ kind: Board) throws {
        let (directory, store) = try board(kind)
        let before = try store.load().data.cases.map(\.id)
        let result = try stage(Self.lines(300), into: store)
        let ids = (1...300).map { String(format: "MX-2025-%04d", $0) }
        #expect((try? result.get().map(\.id)) == ids)
        #expect(try store.load().data.cases.map(\.id) == (before + ids).sorted())
        let audited = directory.auditLines().suffix(300).compactMap { line in
            ids.first { line.contains("\"\($0)\"") }
        }
        #expect(audited == ids)
        #expect(stagingDirectories(directory).isEmpty)
    }

    @Test("a problem on any line, read on any core, adds nothing and names that line", arguments: Board.allCases)
    func problemAddsNothing(_ kind: Board) throws {
        // The same id twice, far apart (read by different threads): the later line is named,
        // whichever thread staged its file first.
        var repeated = Self.lines(400)
        repeated[389] = Self.line("MX-2025-0007")
        var broken = Self.lines(400)
        broken[399] = "{"
        for (lines, expected) in [(repeated, CaseLines.Problem.duplicate(line: 390, id: "MX-2025-0007")), (broken, nil)] {
            let (directory, store) = try board(kind)
            let before = directory.contents()
            let result = try stage(lines, into: store)
            if let expected {
                #expect(result.failure == expected)
            } else if case .unreadable(let line, _, _)? = result.failure {
                #expect(line == 400)
            } else {
                Issue.record("\(result)")
            }
            #expect(directory.contents() == before)
            #expect(stagingDirectories(directory).isEmpty)
        }
    }

    @Test("a line whose case is on the board is a duplicate; one whose case was deleted is refused")
    func boardRefusesLine() throws {
        let (directory, store) = try board(.withOneCase)
        defer { withExtendedLifetime(directory) {} }
        #expect(try stage(Self.lines(5) + [Self.line("MX-2026-0500")], into: store).failure
            == .duplicate(line: 6, id: "MX-2026-0500"))
        try store.deleteCase(id: "MX-2026-0500", expectedVersion: 1)
        let refused = try stage(Self.lines(5) + [Self.line("MX-2026-0500")], into: store).failure
        guard case .refused(6, .deleted)? = refused else {
            Issue.record("\(String(describing: refused))")
            return
        }
        #expect(try store.load().data.cases.isEmpty)
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

