import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    /// Adds many new cases, all or nothing: if any id is unsafe, repeated, already on the
    /// board or deleted from it, or any write fails, no case is added. The cases are stored as
    /// given (their versions and creation included); each gets one `created` audit line.
    ///
    /// Into a board whose `cases/` is empty or missing (a new post, a migration), the cases are
    /// written under their own names into a hidden staging directory, synced once, and the whole
    /// directory is renamed onto `cases/`: one rename instead of one a case, which is most of
    /// what an import of 100,000 cases costs the kernel, and a crash leaves all of them or none.
    /// Into a board with cases, each case is written to a temp file beside its place; only when
    /// all are written and synced are they renamed into place, and a failed rename takes back the
    /// ones before it.
    public func importCases(_ cases: [Case]) throws(StoreError) {
        try requireWritable()
        var seen: Set<String> = []
        for record in cases {
            try Store.requireFileNameSafe(record.id)
            if !seen.insert(record.id).inserted { throw .duplicateID(id: record.id) }
        }
        guard !cases.isEmpty else { return }
        try withLock { () throws(StoreError) in
            // A tombstone counts: a board whose cases were all deleted still remembers their ids.
            if try files.isEmptyDirectory(casesPath) ?? true {
                try importIntoEmptyCaseDirectory(cases)
            } else {
                try importBesideExistingCases(cases)
            }
        }
    }

    private func importIntoEmptyCaseDirectory(_ cases: [Case]) throws(StoreError) {
        let staging = try makeStagingDirectory()
        let writer = AtomicWriter(files: files)
        let mode = newFileMode
        do throws(StoreError) {
            _ = try writeInParallel(cases) { record throws(StoreError) in
                let path = casePath(id: record.id)
                let staged = staging + "/" + record.id + ".json"
                try writer.writeNew(encode(record, for: path), to: staged, reportingAs: path, mode: mode)
                return staged
            }
            // rename(2) replaces an empty directory in one step, and fails on one that is not.
            if files.calls.rename(staging, casesPath) != 0 {
                throw .io(path: casesPath, operation: .rename, errno: errno)
            }
        } catch {
            try? files.removeEntry(staging)
            throw error
        }
        try recordImported(cases, syncing: path)
    }

    /// `.cases.tmp-import-<pid>-<random>` in the data directory, with the mode (and, for root,
    /// the owner) of the `cases/` it will replace. A load removes it if a crash leaves it
    /// (`AtomicWriter.isTempName`).
    private func makeStagingDirectory() throws(StoreError) -> String {
        var existing = stat()
        let replacesDirectory = stat(casesPath, &existing) == 0
        let mode = replacesDirectory ? existing.st_mode & 0o7777 : newDirectoryMode
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let staging = path + "/." + DataDirectory.casesDirectory + AtomicWriter.tempMarker + "import-\(getpid())-" + suffix
            if mkdir(staging, mode) == 0 {
                // mkdir applied the umask; the mode of the directory being replaced is the contract.
                if chmod(staging, mode) != 0 {
                    let failure = errno
                    try? files.removeEntry(staging)
                    throw .io(path: casesPath, operation: .createDirectory, errno: failure)
                }
                // Keeps a shared board's directory owned as it was; only root may, so failing to is fine.
                if replacesDirectory && (existing.st_uid != geteuid() || existing.st_gid != getegid()) {
                    _ = chown(staging, existing.st_uid, existing.st_gid)
                }
                return staging
            }
            if errno != EEXIST { throw .io(path: casesPath, operation: .createDirectory, errno: errno) }
        }
        throw .io(path: casesPath, operation: .createDirectory, errno: EEXIST)
    }

    private func importBesideExistingCases(_ cases: [Case]) throws(StoreError) {
        // Two lookups a case, on every core; the first clash in the order of `cases` is the one named.
        let clashes = Chunked.map(cases.count) { range -> (taken: Int?, deleted: Int?) in
            (range.first { files.exists(casePath(id: cases[$0].id)) },
             range.first { files.exists(tombstonePath(id: cases[$0].id)) })
        }
        if let index = clashes.lazy.compactMap(\.taken).first { throw .duplicateID(id: cases[index].id) }
        if let index = clashes.lazy.compactMap(\.deleted).first { throw deletedError(caseID: cases[index].id) }
        let writer = AtomicWriter(files: files)
        let mode = newFileMode
        let temps = try writeInParallel(cases) { record throws(StoreError) in
            let path = casePath(id: record.id)
            return try writer.writeTemp(encode(record, for: path), replacing: path, newFileMode: mode, sync: false)
        }
        for (index, (record, temp)) in zip(cases, temps).enumerated() where files.calls.rename(temp, casePath(id: record.id)) != 0 {
            let failure = errno
            for done in cases[..<index] { try? files.remove(casePath(id: done.id)) }
            for left in temps[index...] { try? files.remove(left) }
            throw .io(path: casePath(id: record.id), operation: .rename, errno: failure)
        }
        try recordImported(cases, syncing: casesPath)
    }

    /// Every case is in place: syncs the directory whose entries changed and writes the audit
    /// lines. A failure takes every case out again, so an import reported as failed added
    /// nothing and can be run again as it is.
    private func recordImported(_ cases: [Case], syncing directory: String) throws(StoreError) {
        do throws(StoreError) {
            try files.syncDirectory(directory)
            let stamp = now()
            try appendAudit(cases.map {
                AuditEntry(at: stamp, user: user, entity: "case", id: $0.id, version: $0.version, change: .created)
            })
        } catch {
            for record in cases { try? files.remove(casePath(id: record.id)) }
            try? files.syncDirectory(casesPath)
            throw error
        }
    }

    /// Encodes and writes each case with `write` on every core, then syncs them all at once;
    /// returns the paths `write` gave, in the order of `cases`. On any failure every file
    /// written is removed. Encoded bytes are not kept, so an import of 100,000 cases holds one
    /// case's JSON per core, not all of them.
    private func writeInParallel(
        _ cases: [Case], _ write: @Sendable (Case) throws(StoreError) -> String
    ) throws(StoreError) -> [String] {
        let slots = WrittenSlots(count: cases.count)
        let chunkCount = min(cases.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunkSize = (cases.count + chunkCount - 1) / chunkCount
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            for index in min(cases.count, chunk * chunkSize)..<min(cases.count, (chunk + 1) * chunkSize) {
                if slots.hasFailed { return }
                do throws(StoreError) {
                    slots.set(index, try write(cases[index]))
                } catch {
                    slots.fail(error)
                    return
                }
            }
        }
        let written = slots.values()
        do throws(StoreError) {
            if let failure = slots.failure { throw failure }
            try syncFileSystem()
        } catch {
            for case let path? in written { try? files.remove(path) }
            throw error
        }
        return written.compactMap { $0 }
    }

    /// One `syncfs` for the many files of an import instead of an `fsync` each.
    private func syncFileSystem() throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: path, operation: .open, errno: errno) }
        defer { close(descriptor) }
        // Glibc declares syncfs only under _GNU_SOURCE, which Swift's Glibc module leaves out.
        typealias SyncFileSystem = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
            sync()
            return
        }
        if unsafeBitCast(symbol, to: SyncFileSystem.self)(descriptor) != 0 {
            throw .io(path: path, operation: .sync, errno: errno)
        }
    }
}

/// Where the parallel import chunks leave the paths they wrote, and the first failure.
private final class WrittenSlots: @unchecked Sendable {
    private var slots: [String?]
    private var firstFailure: StoreError?
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ path: String) {
        lock.lock()
        slots[index] = path
        lock.unlock()
    }

    func fail(_ error: StoreError) {
        lock.lock()
        if firstFailure == nil { firstFailure = error }
        lock.unlock()
    }

    var hasFailed: Bool { failure != nil }

    var failure: StoreError? {
        lock.lock()
        defer { lock.unlock() }
        return firstFailure
    }

    func values() -> [String?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
