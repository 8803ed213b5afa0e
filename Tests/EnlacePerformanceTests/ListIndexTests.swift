import EnlaceGenerator
import EnlaceModel
@testable import EnlaceStore
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("The list index", .serialized)
struct ListIndexTests {
    static let queries = [
        "", "fiscalia", "Fiscalía culiacan", "\"pill-press seizure\"", "tag:fentanyl lead:DEA", "-tag:fentanyl",
        "agency:PGR", "agency:FGR,SEMAR -lead:DEA", "status:new,waiting", "-status:closed priority:>=high",
        "marking:<=amber", "overdue", "-overdue", "due:<2026-06-01", "due:>=+7d", "opened:>2026-01-01",
        "region:sinaloa", "post:merida", "country:US", "mx-2026-0007", "zzzz-nothing",
    ]

    /// The positions `Query.matches` gives over the whole cases.
    private func expected(_ text: String, _ data: BoardData) throws -> [Int] {
        let query = try Query.parse(text, registry: data.registry)
        let context = QueryContext(registry: data.registry, today: BoardGenerator.referenceDay)
        return data.cases.indices.filter { query.matches(data.cases[$0], context) }
    }

    private func filtered(_ text: String, _ loaded: ListIndexResult) throws -> [Int] {
        let query = try Query.parse(text, registry: loaded.registry)
        return loaded.cases.filter(query, context: QueryContext(registry: loaded.registry, today: BoardGenerator.referenceDay))
    }

    @Test("rows read from the index share one copy of each equal agency and tag list")
    func rowsShareEqualLists() throws {
        let board = try GeneratedBoard(cases: 300)
        let store = board.store()
        _ = try store.loadListIndex()
        let rows = try store.loadListIndex().cases.rows
        func buffers(_ lists: [[String]]) -> Int {
            Set(lists.filter { !$0.isEmpty }.map { $0.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }).count
        }
        for lists in [rows.map(\.agencies), rows.map(\.tags)] {
            // One buffer for each distinct list, not one for each case.
            #expect(buffers(lists) == Set(lists.filter { !$0.isEmpty }).count)
        }
        #expect(Set(rows.map(\.agencies)).count < rows.count / 2)
    }

    @Test("filtering list rows gives the answers of Query.matches on the whole cases, from a new index and a read one")
    func agreesWithQueryMatches() throws {
        let board = try GeneratedBoard(cases: 700)
        let store = board.store()
        let full = try store.load().data
        let built = try store.loadListIndex()
        #expect(built.wroteIndex)
        let read = try store.loadListIndex()
        #expect(read.decodedFiles == 0)
        #expect(built.cases.rows.map(\.id) == full.cases.map(\.id))
        #expect(read.cases.rows == full.cases.map(CaseRow.init))
        for text in Self.queries {
            let wanted = try expected(text, full)
            #expect(try filtered(text, built) == wanted, "\(text)")
            #expect(try filtered(text, read) == wanted, "\(text)")
        }
        #expect(try !expected("tag:fentanyl lead:DEA", full).isEmpty)
        #expect(try !expected("fiscalia", full).isEmpty)
    }

    @Test("a fresh index decodes no case file; without its search text it still answers field terms")
    func freshIndexDecodesNothing() throws {
        let board = try GeneratedBoard(cases: 400)
        let store = board.store()
        _ = try store.loadListIndex()
        let lean = try store.loadListIndex(searchText: false)
        #expect(lean.decodedFiles == 0)
        #expect(!lean.cases.hasSearchText)
        let full = try store.load().data
        #expect(try filtered("tag:fentanyl lead:DEA", lean) == expected("tag:fentanyl lead:DEA", full))
        #expect(CaseList.needsSearchText(try Query.parse("fiscalia")))
        #expect(!CaseList.needsSearchText(try Query.parse("tag:fentanyl lead:DEA")))
    }

    @Test("a case saved after the index was written is read from its file, not from the index")
    func savedCaseIsNotStale() throws {
        let board = try GeneratedBoard(cases: 300)
        let store = board.store()
        _ = try store.loadListIndex()
        var record = try store.loadCase(id: board.cases[10].id)
        record.title = "Retitled: Fiscalía de Sonora asks for the manifests"
        _ = try store.save(record, expectedVersion: record.version)
        try store.appendNote(caseID: board.cases[20].id, note: Note(at: .now(), author: "agarcia", text: "palabraúnica"))

        let loaded = try store.loadListIndex()
        #expect(loaded.decodedFiles == 2)
        #expect(loaded.cases.rows[10].title == record.title)
        #expect(try filtered("palabraunica", loaded) == [20])
        #expect(try filtered("\"fiscalia de sonora\"", loaded) == [10])
    }

    @Test("an edit in place of the same size, its modification time put back, is still noticed")
    func sameSizeEditInPlace() throws {
        let board = try GeneratedBoard(cases: 120)
        let store = board.store()
        _ = try store.loadListIndex()
        let position = try #require(board.cases.firstIndex { $0.marking == .amber })
        let path = board.caseFile(board.cases[position].id)
        var status = stat()
        #expect(stat(path, &status) == 0)
        let original = try String(contentsOfFile: path, encoding: .utf8)
        // "TLP:AMBER" and "TLP:GREEN" have the same length: the file keeps its size.
        let edited = original.replacingOccurrences(of: "\"TLP:AMBER\"", with: "\"TLP:GREEN\"")
        #expect(edited.utf8.count == original.utf8.count && edited != original)
        let descriptor = open(path, O_WRONLY | O_TRUNC)
        #expect(descriptor >= 0)
        _ = edited.withCString { write(descriptor, $0, strlen($0)) }
        var times = [status.st_atim, status.st_mtim]
        _ = futimens(descriptor, &times)
        close(descriptor)
        var after = stat()
        #expect(stat(path, &after) == 0 && after.st_size == status.st_size && after.st_ino == status.st_ino)

        let loaded = try store.loadListIndex()
        #expect(loaded.decodedFiles == 1)
        #expect(loaded.cases.rows[position].marking == .green)
    }

    /// `loadListIndex(ahead:)` with a product that records the rows it was given.
    private func ahead(_ store: Store) throws -> (result: ListIndexResult, product: [CaseRow]?, calls: Int) {
        let calls = Mutex(0)
        let (result, product) = try store.loadListIndex(searchText: false) { provisional -> [CaseRow] in
            calls.withLock { $0 += 1 }
            return provisional.cases.rows
        }
        return (result, product, calls.withLock { $0 })
    }

    @Test("work done ahead on the index's rows is given back only when every case file proves them fresh")
    func aheadOnlyWhenFresh() throws {
        let board = try GeneratedBoard(cases: 150)
        let store = board.store()
        let first = try ahead(store)
        #expect(first.calls == 0 && first.product == nil)
        #expect(first.result.wroteIndex)

        let fresh = try ahead(store)
        #expect(fresh.calls == 1)
        #expect(fresh.product == fresh.result.cases.rows)
        #expect(fresh.result.decodedFiles == 0)
        #expect(fresh.result.cases.rows.map(\.id) == board.cases.map(\.id))

        // A case saved since: the work is left aside, and the result has the new title.
        var record = try store.loadCase(id: board.cases[7].id)
        record.title = "Retitled ahead"
        _ = try store.save(record, expectedVersion: record.version)
        let changed = try ahead(store)
        #expect(changed.calls == 1 && changed.product == nil)
        #expect(changed.result.cases.rows[7].title == "Retitled ahead")

        // A file added, or one deleted, leaves it aside too; each time from a fresh index.
        func rebuilt() throws -> Bool {
            _ = unlink(board.indexPath)
            _ = try store.loadListIndex()
            return try ahead(store).product != nil
        }
        #expect(try rebuilt())
        // Created as the board creates a case: an import would leave a fresh index.
        _ = try store.create(try #require(board.generator.makeCases(count: 151).last), year: 2026)
        let added = try ahead(store)
        #expect(added.calls == 1 && added.product == nil)
        #expect(added.result.cases.count == 151)
        #expect(try rebuilt())
        #expect(unlink(board.caseFile(board.cases[0].id)) == 0)
        let deleted = try ahead(store)
        #expect(deleted.calls == 1 && deleted.product == nil)
        #expect(!deleted.result.cases.rows.contains { $0.id == board.cases[0].id })

        // A damaged index is never worked on.
        _ = try store.loadListIndex()
        #expect(truncate(board.indexPath, 200) == 0)
        let damaged = try ahead(store)
        #expect(damaged.calls == 0 && damaged.product == nil)
        #expect(damaged.result.cases.count == 150)
    }

    @Test("work done ahead is kept beside a crashed writer's temp file, which is removed")
    func aheadWithStrayTemp() throws {
        let board = try GeneratedBoard(cases: 60)
        let store = board.store()
        _ = try store.loadListIndex()
        let temp = board.casesPath + "/." + board.cases[2].id + ".json" + AtomicWriter.tempMarker + "1-abc"
        #expect(FileManager.default.createFile(atPath: temp, contents: Data("{".utf8)))
        let loaded = try ahead(store)
        #expect(loaded.product == loaded.result.cases.rows)
        #expect(loaded.result.removedTempFiles == [temp])
        #expect(!FileManager.default.fileExists(atPath: temp))
    }

    @Test("added and deleted case files appear and disappear")
    func addedAndDeleted() throws {
        let board = try GeneratedBoard(cases: 200)
        let store = board.store()
        _ = try store.loadListIndex()
        let extra = board.generator.makeCases(count: 203).suffix(3)
        try store.importCases(Array(extra))
        #expect(unlink(board.caseFile(board.cases[0].id)) == 0)
        let loaded = try store.loadListIndex()
        #expect(loaded.cases.count == 202)
        #expect(!loaded.cases.rows.contains { $0.id == board.cases[0].id })
        let added = try #require(extra.last)
        #expect(try filtered(added.id.lowercased(), loaded).count == 1)
        #expect(try filtered(board.cases[0].id.lowercased(), loaded).isEmpty)
    }

    @Test("a deleted, truncated or scribbled-over index is rebuilt with the same rows")
    func damagedIndexIsRebuilt() throws {
        let board = try GeneratedBoard(cases: 250)
        let store = board.store()
        let first = try store.loadListIndex()
        let size = (try FileManager.default.attributesOfItem(atPath: board.indexPath)[.size] as? Int) ?? 0
        #expect(size > 0)
        let damages: [(String, () -> Void)] = [
            ("deleted", { unlink(board.indexPath) }),
            ("truncated", { truncate(board.indexPath, off_t(size / 2)) }),
            ("scribbled", {
                let descriptor = open(board.indexPath, O_WRONLY)
                let zeros = [UInt8](repeating: 0, count: 512)
                _ = pwrite(descriptor, zeros, zeros.count, off_t(size - 2_000))
                close(descriptor)
            }),
        ]
        for (name, damage) in damages {
            damage()
            let rebuilt = try store.loadListIndex()
            #expect(rebuilt.decodedFiles == 250, "\(name)")
            #expect(rebuilt.cases.rows == first.cases.rows, "\(name)")
            #expect(try filtered("fiscalia", rebuilt) == filtered("fiscalia", first), "\(name)")
        }
    }

    @Test("case files changed moments before the scan are not trusted by the index it writes")
    func recentFilesAreReadAgain() throws {
        let board = try GeneratedBoard(cases: 100)
        let store = board.storeWithClockBehind()
        let first = try store.loadListIndex()
        #expect(first.decodedFiles == 100)
        let second = try store.loadListIndex()
        #expect(second.decodedFiles == 100)
    }

    @Test("a damaged case file is a problem, the other cases are listed, nothing is rewritten")
    func damagedCaseFile() throws {
        let board = try GeneratedBoard(cases: 150)
        let store = board.store()
        _ = try store.loadListIndex()
        let path = board.caseFile(board.cases[3].id)
        try Data("{ \"id\": ".utf8).write(to: URL(fileURLWithPath: path))
        let loaded = try store.loadListIndex()
        #expect(loaded.cases.count == 149)
        #expect(loaded.problems.map(\.path) == [path])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ \"id\": ")
    }

    @Test("a read-only store lists the board without writing an index")
    func readOnlyWritesNothing() throws {
        let board = try GeneratedBoard(cases: 80)
        let before = board.stamps()
        let loaded = try board.store(mode: .readOnly).loadListIndex()
        #expect(loaded.cases.count == 80)
        #expect(!loaded.wroteIndex)
        #expect(board.stamps() == before)
    }

    @Test("listing the matches of a filter decodes only the matching case files")
    func listingDecodesOnlyMatches() throws {
        let board = try GeneratedBoard(cases: 600)
        let store = board.store()
        _ = try store.loadListIndex()
        let loaded = try store.loadListIndex(searchText: false)
        #expect(loaded.decodedFiles == 0)
        let positions = try filtered("tag:fentanyl lead:DEA", loaded)
        let ids = positions.map { loaded.cases.rows[$0].id }
        let (cases, problems) = store.loadCases(ids: ids)
        #expect(problems.isEmpty)
        #expect(cases.map(\.id) == ids)
        #expect(ids.count < 600 / 5)
    }
}
