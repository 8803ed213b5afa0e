import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("Atomic writes, modes and failing disks")
struct FileSafetyTests {
    /// A case saved once, then a store whose `call` fails with `failure` on temp files.
    private func failingSave(_ call: String, _ failure: Int32) throws -> (TestDirectory, Data?, StoreError?) {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        var record = try store.save(Sample.newCase(), expectedVersion: nil)
        let before = directory.bytes("cases/MX-2026-0042.json")
        record.status = .closed
        let failing = Sample.store(directory, calls: .failing(call, errno: failure))
        var thrown: StoreError?
        do { try failing.save(record, expectedVersion: 1) } catch { thrown = error }
        return (directory, before, thrown)
    }

    @Test("a full disk, a failed fsync or a failed rename leave the file byte-identical and no temp behind")
    func failures() throws {
        for (call, failure, operation) in [("write", ENOSPC, FileOperation.write), ("fsync", EIO, .sync), ("rename", EIO, .rename), ("open", EMFILE, .open)] {
            let (directory, before, thrown) = try failingSave(call, failure)
            let path = directory.data.path + "/cases/MX-2026-0042.json"
            if case .io(let failedPath, let failedOperation, let code)? = thrown {
                #expect(failedOperation == operation, "\(call)")
                #expect(code == failure, "\(call)")
                #expect(failedPath.hasPrefix(path) || failedPath.contains(".MX-2026-0042.json.tmp-"), "\(call)")
            } else {
                Issue.record("\(call): expected an io error, got \(String(describing: thrown))")
            }
            #expect(directory.bytes("cases/MX-2026-0042.json") == before, "\(call)")
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.data.path + "/cases")
            #expect(names == ["MX-2026-0042.json"], "\(call)")
            #expect(directory.auditLines().count == 1, "\(call)")
        }
    }

    @Test("a retry succeeds once the fault is gone")
    func retry() throws {
        let (directory, _, thrown) = try failingSave("fsync", EIO)
        #expect(thrown != nil)
        let store = Sample.store(directory)
        var record = try store.loadCase(id: "MX-2026-0042")
        record.status = .closed
        #expect(try store.save(record, expectedVersion: 1).version == 2)
    }

    @Test("a save into a directory the user may not write is a clear error, and the original stays")
    func readOnlyDirectory() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        var record = try store.save(Sample.newCase(), expectedVersion: nil)
        let before = directory.bytes("cases/MX-2026-0042.json")
        let cases = directory.data.path + "/cases"
        chmod(cases, 0o555)
        defer { chmod(cases, 0o700) }
        // Root writes through 0555; then the denial is injected where the kernel would give it.
        let probe = cases + "/.probe"
        let privileged = FileManager.default.createFile(atPath: probe, contents: nil)
        if privileged { unlink(probe) }
        let writer = privileged ? Sample.store(directory, calls: .failing("open", errno: EACCES)) : store
        record.status = .closed
        // The directory is named, with the permission: not a temp file's name and "could not open".
        #expect(throws: StoreError.notWritable(path: cases, errno: EACCES)) { try writer.save(record, expectedVersion: 1) }
        #expect(directory.bytes("cases/MX-2026-0042.json") == before)
    }

    @Test("a file of mode 0640 keeps 0640 after a save")
    func modeKept() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        var record = try store.save(Sample.newCase(), expectedVersion: nil)
        chmod(directory.data.path + "/cases/MX-2026-0042.json", 0o640)
        record.status = .closed
        try store.save(record, expectedVersion: 1)
        #expect(directory.mode("cases/MX-2026-0042.json") == 0o640)
    }

    @Test("new files are 0600, or follow board.json without ever being readable by others")
    func newFileModes() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase("MX-2026-0001"), expectedVersion: nil)
        #expect(directory.mode("cases/MX-2026-0001.json") == 0o600)
        #expect(directory.mode("audit.jsonl") == 0o600)
        chmod(directory.data.path + "/board.json", 0o644)
        try store.save(Sample.newCase("MX-2026-0002"), expectedVersion: nil)
        #expect(directory.mode("cases/MX-2026-0002.json") == 0o640)
    }

    @Test("a writer that waits past its timeout is told who holds the lock, as the kernel says: not what .lock's text claims")
    func lockTimeout() throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory)
        let lock = try DirectoryLock.acquire(
            path: directory.data.path + "/.lock", timeout: .seconds(1), holder: "bsmith", newFileMode: 0o600)
        defer { lock.release() }
        let store = Sample.store(directory, lockTimeout: .milliseconds(150))
        let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(throws: StoreError.lockTimeout(path: directory.data.path + "/.lock", login: me, pid: getpid())) {
            try store.save(Sample.newCase(), expectedVersion: nil)
        }
    }

    @Test("the lock is free again after a save, and the sidecar stays the same file")
    func lockReleased() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase("MX-2026-0001"), expectedVersion: nil)
        var first = stat()
        stat(directory.data.path + "/.lock", &first)
        try store.save(Sample.newCase("MX-2026-0002"), expectedVersion: nil)
        var second = stat()
        stat(directory.data.path + "/.lock", &second)
        #expect(first.st_ino == second.st_ino)
        let lock = try DirectoryLock.acquireIfFree(path: directory.data.path + "/.lock", holder: "t", newFileMode: 0o600)
        #expect(lock != nil)
        lock?.release()
    }

    @Test("an import is all or nothing: one existing id and no case is added")
    func importAllOrNothing() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase("MX-2026-0005"), expectedVersion: nil)
        let before = directory.contents()
        let batch = (1...9).map { Sample.newCase(String(format: "MX-2026-%04d", $0)) }
        #expect(throws: StoreError.duplicateID(id: "MX-2026-0005")) { try store.importCases(batch) }
        #expect(directory.contents() == before)
        #expect(throws: StoreError.duplicateID(id: "MX-2026-0001")) {
            try store.importCases([Sample.newCase("MX-2026-0001"), Sample.newCase("MX-2026-0001")])
        }
        #expect(directory.contents() == before)
    }
}
