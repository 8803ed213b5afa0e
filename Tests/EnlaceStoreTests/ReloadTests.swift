import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("Reloading only the case files that changed")
struct ReloadTests {
    /// A store whose clock runs a minute ahead, so that files written now are old enough for a
    /// load to trust their stamps (a file changed within two seconds of a load is read again).
    private func store(_ directory: TestDirectory, clockAhead seconds: Int64 = 60) -> Store {
        Store(directory: directory.data, mode: .readWrite, user: "agarcia", lockTimeout: .seconds(5), calls: .live, now: {
            Timestamp(secondsSinceEpoch: Timestamp.now().secondsSinceEpoch + seconds)
        })
    }

    private func board(with ids: [String], in directory: TestDirectory) throws -> Store {
        _ = try Store.create(at: directory.data, sample: false, user: "agarcia")
        let store = store(directory)
        for id in ids { try store.save(Sample.newCase(id), expectedVersion: nil) }
        return store
    }

    @Test("reloads and list index reads leave no descriptor of cases/ open: a board reloads every second for hours")
    func noDescriptorLeft() throws {
        let directory = try TestDirectory()
        let store = try board(with: ["MX-2026-0001", "MX-2026-0002"], in: directory)
        // Other tests open files meanwhile: only descriptors of this board's cases/ count.
        let cases = directory.data.appendingPathComponent("cases").resolvingSymlinksInPath().path
        func openOnCases() throws -> Int {
            try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter { name in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + name)) == cases
            }.count
        }
        var last = try store.load()
        for _ in 0..<40 {
            last = try store.reload(last)
            _ = try store.loadListIndex(searchText: false)
        }
        #expect(try openOnCases() == 0)
    }

    @Test("a reload after nothing changed reads no case file and gives what a load gives")
    func nothingChanged() throws {
        let directory = try TestDirectory()
        let store = try board(with: ["MX-2026-0001", "MX-2026-0002", "MX-2026-0003"], in: directory)
        let first = try store.load()
        #expect(first.decodedFiles == 3)
        let again = try store.reload(first)
        #expect(again.decodedFiles == 0)
        #expect(again == first)
    }

    @Test("a reload reads the saved case again, and sees cases added and removed, in id order")
    func savedAddedRemoved() throws {
        let directory = try TestDirectory()
        let store = try board(with: ["MX-2026-0001", "MX-2026-0002", "MX-2026-0004"], in: directory)
        let first = try store.load()
        var changed = try #require(first.data.cases.first { $0.id == "MX-2026-0002" })
        changed.title = "Renamed by another officer"
        try store.save(changed, expectedVersion: changed.version)
        try store.save(Sample.newCase("MX-2026-0003"), expectedVersion: nil)
        try FileManager.default.removeItem(atPath: directory.data.path + "/cases/MX-2026-0004.json")

        let reloaded = try store.reload(first)
        #expect(reloaded.decodedFiles == 2)
        #expect(reloaded.data.cases.map(\.id) == ["MX-2026-0001", "MX-2026-0002", "MX-2026-0003"])
        #expect(reloaded.data.cases[1].title == "Renamed by another officer")
        #expect(reloaded == (try store.load()))
    }

    @Test("a case file rewritten in place, same inode, is read again")
    func rewrittenInPlace() throws {
        let directory = try TestDirectory()
        let store = try board(with: ["MX-2026-0001"], in: directory)
        let first = try store.load()
        let path = "cases/MX-2026-0001.json"
        let text = try #require(directory.text(path))
        let handle = try #require(FileHandle(forWritingAtPath: directory.data.path + "/" + path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "Precursor", with: "Fentanyl").utf8))
        try handle.close()

        let reloaded = try store.reload(first)
        #expect(reloaded.decodedFiles == 1)
        #expect(reloaded.data.cases.first?.title.hasPrefix("Fentanyl") == true)
    }

    @Test("files changed just before a load are read again by the next reload, not trusted")
    func recentFilesAreReadAgain() throws {
        let directory = try TestDirectory()
        _ = try board(with: ["MX-2026-0001", "MX-2026-0002"], in: directory)
        let justNow = store(directory, clockAhead: 0)
        let first = try justNow.load()
        #expect(try justNow.reload(first).decodedFiles == 2)
    }

    @Test("a damaged case file stays a problem on every reload and is left as it is")
    func damagedStaysAProblem() throws {
        let directory = try TestDirectory()
        let store = try board(with: ["MX-2026-0001"], in: directory)
        let damaged = "{\n  \"id\": \"MX-2026-0002\",\n  \"title\": \"Cut off"
        try directory.write(damaged, to: "cases/MX-2026-0002.json")
        let first = try store.load()
        let reloaded = try store.reload(first)
        #expect(reloaded.data.cases.map(\.id) == ["MX-2026-0001"])
        #expect(reloaded.problems.map(\.path) == [directory.data.path + "/cases/MX-2026-0002.json"])
        #expect(directory.text("cases/MX-2026-0002.json") == damaged)
    }
}
