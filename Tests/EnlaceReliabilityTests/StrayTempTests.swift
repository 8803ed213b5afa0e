import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Reliability {
    /// What killed writers leave behind is swept by the next operation that can, and a temp
    /// name that cannot be swept is a warning, never a reason to refuse the board.
    @Suite("Temp files killed writers leave")
    struct StrayTempTests {
        /// Sets a file's modification time `seconds` into the past.
        static func age(_ path: String, by seconds: Int) {
            var times = [timespec(tv_sec: time(nil) - seconds, tv_nsec: 0), timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)]
            _ = utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
        }

        @Test("a directory with a temp name and something inside is a warning: list, show and the board's load go on",
              arguments: ["", "cases/"])
        func undeletableTemp(place: String) throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let stray = data + "/" + place + ".x.tmp-y"
            try FileManager.default.createDirectory(atPath: stray + "/z", withIntermediateDirectories: true)
            let list = try Enlace.run(["list", "cases", "--data", data])
            #expect(list.succeeded, "\(list)")
            #expect(list.standardError.contains(stray + " looks like a temp file"), "\(list)")
            #expect(try Enlace.run(["show", "MX-2026-0001", "--data", data]).succeeded)
            #expect(try Enlace.run(["note", "MX-2026-0001", "still saves", "--data", data]).succeeded)
        }

        @Test("the list index's temp files in .cache are swept once an hour old; a fresh one is left to its writer")
        func cacheTemps() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            #expect(try Enlace.run(["list", "cases", "--data", data]).succeeded)
            let old = data + "/.cache/.list-index-v1.tmp-1-old", fresh = data + "/.cache/.list-index-v1.tmp-2-fresh"
            try Data(count: 4096).write(to: URL(fileURLWithPath: old))
            try Data(count: 4096).write(to: URL(fileURLWithPath: fresh))
            Self.age(old, by: 7200)
            #expect(try Enlace.run(["list", "cases", "--data", data]).succeeded)
            #expect(!FileManager.default.fileExists(atPath: old))
            #expect(FileManager.default.fileExists(atPath: fresh))
        }

        @Test("brief -o sweeps the temp files of briefs killed an hour ago in its directory, and only those")
        func briefTemps() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let old = scratch.path + "/.brief-old.tmp", fresh = scratch.path + "/.brief-fresh.tmp", other = scratch.path + "/.other.tmp"
            for path in [old, fresh, other] {
                try Data("x".utf8).write(to: URL(fileURLWithPath: path))
                if path != fresh { Self.age(path, by: 7200) }
            }
            #expect(try Enlace.run(["brief", "MX-2026-0001", "-o", scratch.path + "/b.md", "--data", data]).succeeded)
            #expect(!FileManager.default.fileExists(atPath: old))
            #expect(FileManager.default.fileExists(atPath: fresh) && FileManager.default.fileExists(atPath: other))
        }
    }
}
