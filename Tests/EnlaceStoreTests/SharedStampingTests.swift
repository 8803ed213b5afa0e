import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

/// The list index's scan stats the files from two threads as they come free
/// (`SharedStamping`); it must give exactly the scan that stats them in one go, however the
/// two jobs are run.
@Suite("Stats shared between the list index's two jobs")
struct SharedStampingTests {
    /// A `cases/` of `count` empty case files (more than one chunk of stats) and a temp file.
    static func directory(files count: Int) throws -> TestDirectory {
        let directory = try TestDirectory()
        let cases = directory.url.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        for number in 1...count {
            FileManager.default.createFile(atPath: cases.path + String(format: "/MX-2026-%05d.json", number), contents: Data())
        }
        FileManager.default.createFile(atPath: cases.path + "/.MX-2026-00001.json.tmp-1-2", contents: Data())
        return directory
    }

    static func same(_ a: CaseDirectoryScan?, _ b: CaseDirectoryScan?) -> Bool {
        a?.ids == b?.ids && a?.stamps == b?.stamps && a?.tempNames == b?.tempNames
    }

    @Test("two jobs at once, or one after the other either way, give the scan of one go")
    func sameScan() throws {
        let directory = try Self.directory(files: 5_000)
        let path = directory.url.appendingPathComponent("cases").path
        let expected = try CaseDirectoryScan.scan(path)
        #expect(expected?.ids.count == 5_000)
        #expect(expected?.tempNames.count == 1)

        // Both jobs at once, as the list index runs them.
        let together = SharedStamping()
        _ = Chunked.both({ together.work() }, { together.publish(try? CaseDirectoryListing.list(path)) })
        #expect(Self.same(together.scan(), expected))

        // The index's job ends before the names are read: it returns at once, not waiting, and
        // the names' job stats them all.
        let namesLast = SharedStamping()
        namesLast.work()
        namesLast.publish(try CaseDirectoryListing.list(path))
        #expect(Self.same(namesLast.scan(), expected))
    }

    @Test("no cases/ and a failed listing give no scan")
    func nothingToScan() {
        let missing = SharedStamping()
        missing.publish(nil)
        #expect(missing.scan() == nil)
        let failed = SharedStamping()
        failed.publishFailure()
        failed.work()
        #expect(failed.scan() == nil)
    }
}
