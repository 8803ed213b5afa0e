import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Reliability {
    /// A careless or hostile neighbour in the shared directory: symbolic links where files should
    /// be, a FIFO named like a case file. Nothing is written through a link, nothing hangs, and
    /// each is named with what it is.
    @Suite("Links and special files in the data directory")
    struct LinksAndSpecialFilesTests {
        static let caseID = "MX-2026-0001"

        /// A file outside the data directory that a link will point at, with its bytes.
        static func victim(in scratch: ScratchDirectory) throws -> (path: String, bytes: Data) {
            let path = scratch.path + "/victim.txt"
            let bytes = Data("someone else's file\n".utf8)
            try bytes.write(to: URL(fileURLWithPath: path))
            chmod(path, 0o644)
            return (path, bytes)
        }

        /// Runs enlace, failing the test instead of hanging when it does not end within 20 s.
        static func runBounded(_ arguments: [String]) throws -> Enlace.Outcome {
            let child = try ChildProcess(Enlace.binary, arguments, environment: Enlace.environment())
            defer { child.stop() }
            try #require(child.waitForExit(within: .seconds(20)), "enlace \(arguments.joined(separator: " ")) hung")
            return child.outcome()
        }

        @Test("a .lock that is a symbolic link is refused by name: the file it points at is not truncated, nothing is saved",
              arguments: [".lock", "audit.jsonl"])
        func linkedSidecar(name: String) throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let victim = try Self.victim(in: scratch)
            try? FileManager.default.removeItem(atPath: data + "/" + name)
            try FileManager.default.createSymbolicLink(atPath: data + "/" + name, withDestinationPath: victim.path)
            let before = BoardSnapshot(data).withoutTemps

            let note = try Enlace.run(["note", Self.caseID, "through a link", "--data", data])
            #expect(note.status == 2, "\(note)")
            #expect(note.errorLines.count == 1, "\(note)")
            #expect(note.standardError.contains(data + "/" + name + ": it is a symbolic link"), "\(note)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: victim.path)) == victim.bytes, "written through the link")
            #expect(BoardSnapshot(data).withoutTemps == before)
        }

        @Test("a case file that is a symbolic link is named by list and check, skipped, and never saved over")
        func linkedCaseFile() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let casePath = data + "/cases/\(Self.caseID).json"
            let outside = scratch.path + "/outside.json"
            try FileManager.default.moveItem(atPath: casePath, toPath: outside)
            let outsideBytes = try Data(contentsOf: URL(fileURLWithPath: outside))
            try FileManager.default.createSymbolicLink(atPath: casePath, withDestinationPath: outside)

            let list = try Enlace.run(["list", "cases", "--json", "--data", data])
            #expect(list.status == 2, "\(list)")
            #expect(list.standardError.contains(casePath + ": it is a symbolic link"), "\(list)")
            #expect(JSONFile.array(Data(list.standardOutput.utf8))?.count == 45)
            let check = try Enlace.run(["check", "--data", data])
            #expect(check.status == 2 && check.standardOutput.contains(casePath) || check.standardError.contains(casePath), "\(check)")

            let note = try Enlace.run(["note", Self.caseID, "over a link", "--data", data])
            #expect(note.status == 2, "\(note)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: casePath) == outside, "the link was replaced")
            #expect(try Data(contentsOf: URL(fileURLWithPath: outside)) == outsideBytes)
        }

        @Test("cases/ or .cache/ linked to a directory elsewhere: nothing is written there, and a save is refused by name")
        func linkedDirectories() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let elsewhere = scratch.path + "/elsewhere"
            try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
            // The list index lives in .cache: a link there leaves the index unkept, never written through.
            try? FileManager.default.removeItem(atPath: data + "/.cache")
            try FileManager.default.createSymbolicLink(atPath: data + "/.cache", withDestinationPath: elsewhere)
            let list = try Enlace.run(["list", "cases", "--data", data])
            #expect(list.succeeded, "\(list)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty, "the index was written through .cache")

            try FileManager.default.moveItem(atPath: data + "/cases", toPath: elsewhere + "/cases")
            try FileManager.default.createSymbolicLink(atPath: data + "/cases", withDestinationPath: elsewhere + "/cases")
            let before = try FileManager.default.contentsOfDirectory(atPath: elsewhere + "/cases").sorted()
            let casePath = elsewhere + "/cases/\(Self.caseID).json"
            let caseBytes = try Data(contentsOf: URL(fileURLWithPath: casePath))
            let note = try Enlace.run(["note", Self.caseID, "through a linked directory", "--data", data])
            #expect(note.status == 2, "\(note)")
            #expect(note.standardError.contains(data + "/cases: it is a symbolic link, not a directory"), "\(note)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere + "/cases").sorted() == before)
            #expect(try Data(contentsOf: URL(fileURLWithPath: casePath)) == caseBytes)
        }

        @Test("a case file over the size limit is named with its real size, unread")
        func oversizedCaseFile() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            // Sparse, 280 MB: it takes no disk.
            let path = data + "/cases/MX-2026-0999.json"
            let descriptor = open(path, O_WRONLY | O_CREAT, 0o600)
            try #require(descriptor >= 0)
            try #require(ftruncate(descriptor, 280_000_000) == 0)
            close(descriptor)
            let list = try Self.runBounded(["list", "cases", "--data", data])
            #expect(list.status == 2, "\(list)")
            #expect(list.standardError.contains(path + ": the file has 280000000 bytes"), "\(list)")
        }

        @Test("brief -o: a FIFO at the path is refused as usage (exit 1), with --force too; a failing write is exit 2")
        func briefOutputs() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let fifo = scratch.path + "/brief.md"
            try #require(mkfifo(fifo, 0o600) == 0)
            let overFIFO = try Self.runBounded(["brief", Self.caseID, "-o", fifo, "--force", "--data", data])
            #expect(overFIFO.status == 1 && overFIFO.standardError.contains("not a regular file"), "\(overFIFO)")
            let missing = try Self.runBounded(["brief", Self.caseID, "-o", scratch.path + "/no-such-dir/brief.md", "--data", data])
            #expect(missing.status == 2, "\(missing)")
        }

        @Test("a FIFO named like a case file hangs nothing: list, show, check and brief end and name it")
        func fifoCaseFile() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let fifo = data + "/cases/MX-2026-0404.json"
            try #require(mkfifo(fifo, 0o600) == 0)
            for arguments in [["list", "cases"], ["show", "MX-2026-0404"], ["check"], ["brief", "MX-2026-0404"]] {
                let outcome = try Self.runBounded(arguments + ["--data", data])
                #expect(outcome.signal == nil && outcome.status != 0, "\(arguments): \(outcome)")
                #expect(outcome.standardError.contains(fifo + ": it is a named pipe (FIFO)"), "\(arguments): \(outcome)")
            }
        }
    }
}

extension Reliability.LockHolderTests {
    @Test(
        "a .lock deleted while a save holds it keeps the next writer out: it times out naming the holder, and saves nothing",
        .enabled(if: Strace.isAvailable, "strace is not installed: a writer cannot be stopped inside its save"))
    func deletedSidecar() throws {
        let scratch = try ScratchDirectory()
        let data = try scratch.sampleBoard()
        let held = try StoppedWriter(data)
        try FileManager.default.removeItem(atPath: data + "/.lock")
        let before = BoardSnapshot(data).withoutTemps

        let waiting = try Enlace.run(["note", Self.caseID, "a note that must wait", "--lock-timeout", "0.5", "--data", data])
        #expect(waiting.status == 3, "\(waiting)")
        #expect(waiting.standardError.contains("pid \(held.pid)") && waiting.standardError.contains(Self.login), "\(waiting)")
        #expect(BoardSnapshot(data).withoutTemps == before)
        held.kill()
    }

    @Test(
        "import waits --lock-timeout, not a fixed 5 seconds, and names the holder",
        .enabled(if: Strace.isAvailable, "strace is not installed: a writer cannot be stopped inside its save"))
    func importHonoursTheTimeout() throws {
        let scratch = try ScratchDirectory()
        let data = try scratch.sampleBoard()
        let file = scratch.path + "/import.jsonl"
        try Data(#"{"id":"MX-2026-0900","title":"Imported","status":"active","priority":"high","marking":"TLP:GREEN","leadAgency":"DEA","opened":"2026-03-01","version":1,"createdAt":"2026-03-01T10:00:00Z","createdBy":"importer"}"#.utf8 + [0x0A])
            .write(to: URL(fileURLWithPath: file))
        let held = try StoppedWriter(data)
        let started = ContinuousClock.now
        let waiting = try Enlace.run(["import", file, "--lock-timeout", "0.3", "--data", data])
        let waited = ContinuousClock.now - started
        #expect(waiting.status == 3, "\(waiting)")
        #expect(waiting.standardError.contains("pid \(held.pid)"), "\(waiting)")
        #expect(waited < .seconds(4), "import waited \(waited), not --lock-timeout")
        held.kill()
    }

    @Test(
        "the holder named is the one the kernel reports, whatever text .lock holds",
        .enabled(if: Strace.isAvailable, "strace is not installed: a writer cannot be stopped inside its save"))
    func holderFromTheKernel() throws {
        let scratch = try ScratchDirectory()
        let data = try scratch.sampleBoard()
        let held = try StoppedWriter(data)
        // Anyone may write the sidecar's text; the kernel's account of the lock is what counts.
        try Data("mallory 1\n".utf8).write(to: URL(fileURLWithPath: data + "/.lock"))
        let waiting = try Enlace.run(["note", Self.caseID, "waits", "--lock-timeout", "0.3", "--data", data])
        #expect(waiting.status == 3, "\(waiting)")
        #expect(!waiting.standardError.contains("mallory"), "\(waiting)")
        #expect(waiting.standardError.contains(Self.login) && waiting.standardError.contains("pid \(held.pid)"), "\(waiting)")
        held.kill()
    }
}
