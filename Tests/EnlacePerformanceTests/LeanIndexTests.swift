import EnlaceGenerator
import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What an import leaves, and what a first screen reads: a list index that needs no case file
/// read after an import, a quarter of the cases' JSON at most, and no search text.
@Suite("The lean list index", .serialized)
struct LeanIndexTests {
    /// A store on the real clock, as the board opens one right after an import.
    private func storeNow(_ board: GeneratedBoard, mode: Store.Mode = .readWrite) -> Store {
        Store(directory: board.data, mode: mode, user: "agarcia")
    }

    @Test("the first load after an import decodes no case file, whatever its clock")
    func importLeavesFreshIndex() throws {
        let board = try GeneratedBoard(cases: 600, keepsImportedIndex: true)
        for store in [storeNow(board, mode: .readOnly), board.storeWithClockBehind(), board.store()] {
            let loaded = try store.loadListIndex(searchText: false)
            #expect(loaded.decodedFiles == 0)
            #expect(!loaded.wroteIndex)
            #expect(loaded.cases.rows == board.cases.map(CaseRow.init))
        }
    }

    @Test("an import into a board with cases leaves an index fresh for the old cases and the new")
    func importIntoBoardWithCases() throws {
        let board = try GeneratedBoard(cases: 300, keepsImportedIndex: true)
        let store = storeNow(board)
        let more = Array(board.generator.makeCases(count: 340).suffix(40))
        try store.importCases(more)
        let loaded = try store.loadListIndex(searchText: false)
        #expect(loaded.decodedFiles == 0)
        #expect(loaded.cases.rows == (board.cases + more).sorted { $0.id < $1.id }.map(CaseRow.init))
    }

    @Test("an import into a board whose index was deleted indexes the board's other cases too")
    func importWithoutIndex() throws {
        let board = try GeneratedBoard(cases: 200)
        let store = storeNow(board)
        try store.importCases(Array(board.generator.makeCases(count: 201).suffix(1)))
        let loaded = try store.loadListIndex(searchText: false)
        #expect(loaded.decodedFiles == 0)
        #expect(loaded.cases.count == 201)
    }

    @Test("the list index of a generated board takes at most a quarter of the bytes of its cases' JSON")
    func indexIsAQuarterOfTheJSON() throws {
        let board = try GeneratedBoard(cases: 1_500, keepsImportedIndex: true)
        let indexBytes = try #require(try FileManager.default.attributesOfItem(atPath: board.indexPath)[.size] as? Int)
        // The compact JSON of the cases (JSON Lines, as imported): smaller than their files.
        let encoder = JSONEncoder()
        let jsonBytes = try board.cases.reduce(0) { $0 + (try encoder.encode($1)).count }
        #expect(jsonBytes <= board.caseFileBytes)
        #expect(Double(indexBytes) / Double(board.cases.count) <= 0.25 * Double(jsonBytes) / Double(board.cases.count),
                "\(indexBytes / board.cases.count) bytes a case in the index for \(jsonBytes / board.cases.count) of JSON")
    }

    @Test("a first screen's load never opens the search text")
    func firstScreenSkipsSearchText() throws {
        let board = try GeneratedBoard(cases: 200, keepsImportedIndex: true)
        let store = board.store()
        _ = try store.loadListIndex()
        // A search text that cannot be opened: a load that tried would fail to read it.
        #expect(chmod(board.searchTextPath, 0) == 0)
        defer { _ = chmod(board.searchTextPath, 0o600) }
        let before = board.stamps()
        let lean = try store.loadListIndex(searchText: false)
        #expect(lean.decodedFiles == 0)
        #expect(!lean.cases.hasSearchText)
        #expect(board.stamps() == before)
    }

    @Test("the search text is kept after its first use and trusted only where its stamps hold")
    func searchTextFile() throws {
        let board = try GeneratedBoard(cases: 300, keepsImportedIndex: true)
        let store = board.store()
        let first = try store.loadListIndex()
        #expect(first.decodedFiles == 300)
        #expect(FileManager.default.fileExists(atPath: board.searchTextPath))
        let second = try store.loadListIndex()
        #expect(second.decodedFiles == 0)

        // A case whose words change: its text is read again, the others' are not.
        try store.appendNote(caseID: board.cases[30].id, note: Note(at: .now(), author: "agarcia", text: "palabranueva"))
        let third = try store.loadListIndex()
        #expect(third.decodedFiles == 1)
        let query = try Query.parse("palabranueva", registry: third.registry)
        #expect(third.cases.filter(query, context: QueryContext(registry: third.registry, today: BoardGenerator.referenceDay)) == [30])
    }

    @Test("a damaged, truncated or deleted search text is rebuilt, with the same answers")
    func damagedSearchText() throws {
        let board = try GeneratedBoard(cases: 250, keepsImportedIndex: true)
        let store = board.store()
        let first = try store.loadListIndex()
        let context = QueryContext(registry: first.registry, today: BoardGenerator.referenceDay)
        let query = try Query.parse("fiscalia", registry: first.registry)
        let wanted = first.cases.filter(query, context: context)
        #expect(!wanted.isEmpty)
        let size = (try FileManager.default.attributesOfItem(atPath: board.searchTextPath)[.size] as? Int) ?? 0
        let damages: [(String, () -> Void)] = [
            ("deleted", { unlink(board.searchTextPath) }),
            ("truncated", { truncate(board.searchTextPath, off_t(size / 2)) }),
            ("scribbled", {
                let descriptor = open(board.searchTextPath, O_WRONLY)
                let zeros = [UInt8](repeating: 0, count: 512)
                _ = pwrite(descriptor, zeros, zeros.count, off_t(size - 2_000))
                close(descriptor)
            }),
        ]
        for (name, damage) in damages {
            damage()
            let rebuilt = try store.loadListIndex()
            #expect(rebuilt.decodedFiles == 250, "\(name)")
            #expect(rebuilt.cases.filter(query, context: context) == wanted, "\(name)")
        }
    }
}
