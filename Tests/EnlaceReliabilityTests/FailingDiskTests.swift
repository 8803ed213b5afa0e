import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Reliability {
    /// A disk that fails a save, end to end through the real system calls
    /// (the store's unit tests fail them one layer up, in `SystemCalls`).
    @Suite("A failing disk")
    struct FailingDiskTests {
        static let caseID = "MX-2026-0001"

        /// A sample board with an audit log, and the save points of a clean note on a copy of it.
        static func board(_ scratch: ScratchDirectory) throws -> (data: String, points: [Strace.Point]) {
            let data = try scratch.sampleBoard()
            let first = try Enlace.run(["note", caseID, "first note", "--data", data])
            try #require(first.succeeded, "\(first)")
            let clean = try scratch.copy(data, as: "clean")
            let calls = try Strace.calls(
                of: ["note", caseID, "clean run", "--data", clean], log: URL(fileURLWithPath: scratch.path + "/clean.log"))
            return (data, try Strace.savePoints(calls))
        }

        /// Fails the save with `errno` at each call named `name`, and checks what the user and the disk see.
        static func failEach(_ name: String, with errno: String, _ scratch: ScratchDirectory, minimum: Int) throws {
            let (pristine, allPoints) = try board(scratch)
            let points = allPoints.filter { $0.name == name && !$0.text.hasPrefix(name + "(1,") && !$0.text.hasPrefix(name + "(2,") }
            #expect(points.count >= minimum, "the save makes \(points.count) \(name) calls: \(allPoints.map(\.text))")
            for point in points {
                let data = try scratch.copy(pristine, as: "\(name)-\(errno)-\(point.when)")
                try expectRefusedThenRetried(
                    data, strace: ["-f", "-o", "/dev/null", "-e", "trace=\(name)", "-e", "inject=\(name):error=\(errno):when=\(point.when)"],
                    at: "\(point.text) failing with \(errno)")
            }
        }

        /// The save under `strace` fails: one line on stderr naming a file of the board, a nonzero
        /// exit, every file byte-identical and no temp file; then the same save without the fault works.
        static func expectRefusedThenRetried(_ data: String, strace options: [String], at point: String) throws {
            let before = BoardSnapshot(data)
            let failed = try Enlace.runTraced(options, ["note", caseID, "the retried note", "--data", data])
            #expect(failed.status != 0 && failed.signal == nil, "\(point): \(failed)")
            #expect(failed.errorLines.count == 1, "\(point): not one line: \(failed.standardError)")
            let line = failed.errorLines.first ?? ""
            let named = [data + "/cases/\(caseID).json", data + "/cases:", data + "/audit.jsonl"].contains { line.contains($0) }
            #expect(named, "\(point): the line names no file of the board: \(line)")
            #expect(line.contains("Nothing was changed"), "\(point): \(line)")
            #expect(BoardSnapshot(data) == before, "\(point): the board changed: \(BoardSnapshot(data).tempFiles)")

            let retried = try Enlace.run(["note", caseID, "the retried note", "--data", data])
            #expect(retried.succeeded, "\(point): the retry failed: \(retried)")
            let show = try Enlace.run(["show", caseID, "--json", "--data", data])
            let notes = (JSONFile.object(Data(show.standardOutput.utf8))?["notes"] as? [[String: Any]]) ?? []
            #expect(notes.filter { $0["text"] as? String == "the retried note" }.count == 1, "\(point): the note is not there once")
            let auditLines = JSONFile.auditLines(BoardSnapshot(data).files["audit.jsonl"] ?? Data()) ?? []
            #expect(auditLines.count == 2, "\(point): \(auditLines.count) audit lines for two notes")
        }

        @Test(
            "fsync failing with EIO at any fsync of a save: one line naming the file, nothing changed, a retry works",
            .enabled(if: Strace.isAvailable, "strace is not installed: disk faults cannot be injected"))
        func fsyncFails() throws {
            // The temp file, the cases directory after the rename, the audit log.
            try Self.failEach("fsync", with: "EIO", ScratchDirectory(), minimum: 3)
        }

        @Test(
            "rename failing with EIO or EXDEV: one line naming the file, nothing changed, a retry works",
            .enabled(if: Strace.isAvailable, "strace is not installed: disk faults cannot be injected"))
        func renameFails() throws {
            let scratch = try ScratchDirectory()
            let (pristine, points) = try Self.board(scratch)
            let rename = try #require(points.first { $0.name.hasPrefix("rename") })
            for errno in ["EIO", "EXDEV"] {
                let data = try scratch.copy(pristine, as: "rename-\(errno)")
                try Self.expectRefusedThenRetried(
                    data, strace: ["-f", "-o", "/dev/null", "-e", "trace=\(rename.name)",
                                   "-e", "inject=\(rename.name):error=\(errno):when=\(rename.when)"],
                    at: "\(rename.text) failing with \(errno)")
            }
        }

        @Test(
            "a full disk (ENOSPC) at any write of a save: one line naming the file, nothing changed, a retry works",
            .enabled(if: Strace.isAvailable, "strace is not installed: disk faults cannot be injected"))
        func writeFindsDiskFull() throws {
            // The temp file and the audit line; writes to stdout and stderr are left alone.
            try Self.failEach("write", with: "ENOSPC", ScratchDirectory(), minimum: 2)
        }

        @Test(
            "a real full disk (a tiny tmpfs): the note is refused in one line, nothing changed, and it saves once there is room",
            .enabled(if: TinyDisk.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN): the injected ENOSPC test covers this"))
        func realFullDisk() throws {
            let scratch = try ScratchDirectory()
            let disk = try TinyDisk(at: scratch.path + "/disk", kilobytes: 1024)
            // Unmounted before the scratch directory is removed.
            defer { disk.unmount(); withExtendedLifetime(scratch) {} }
            let data = try scratch.sampleBoard()
            let onDisk = try scratch.copy(data, as: "disk/board")
            let first = try Enlace.run(["note", Self.caseID, "first note", "--data", onDisk])
            try #require(first.succeeded, "\(first)")
            let filler = disk.path + "/filler"
            try disk.fill(filler)

            let before = BoardSnapshot(onDisk)
            let failed = try Enlace.run(["note", Self.caseID, "the retried note", "--data", onDisk])
            #expect(failed.status != 0, "\(failed)")
            #expect(failed.errorLines.count == 1 && failed.standardError.contains(onDisk + "/"), "\(failed)")
            #expect(BoardSnapshot(onDisk) == before)

            unlink(filler)
            let retried = try Enlace.run(["note", Self.caseID, "the retried note", "--data", onDisk])
            #expect(retried.succeeded, "\(retried)")
            let check = try Enlace.run(["check", "--data", onDisk])
            #expect(check.succeeded, "\(check)")
        }
    }
}

/// A small tmpfs, to fill up for real. Only root may mount one.
final class TinyDisk {
    let path: String
    private var mounted = false

    static let canMount: Bool = {
        guard geteuid() == 0, let scratch = try? ScratchDirectory() else { return false }
        guard let disk = try? TinyDisk(at: scratch.path + "/probe", kilobytes: 64) else { return false }
        disk.unmount()
        return true
    }()

    init(at path: String, kilobytes: Int) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let mount = try Enlace.runProgram(
            "/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", path], environment: Enlace.environment())
        guard mount.succeeded else { throw Failure.cannotMount(mount.description) }
        mounted = true
    }

    /// Writes zeros into `file` until the disk is full.
    func fill(_ file: String) throws {
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw Failure.cannotFill }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        guard errno == ENOSPC else { throw Failure.cannotFill }
    }

    func unmount() {
        guard mounted else { return }
        mounted = false
        _ = try? Enlace.runProgram("/bin/umount", [path], environment: Enlace.environment())
    }

    deinit { unmount() }

    enum Failure: Error {
        case cannotMount(String)
        case cannotFill
    }
}
