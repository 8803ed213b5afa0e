import EnlaceModel
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An import under way (`Store.beginImport()`): the directory's lock, held until `commit` or
/// `abandon`, and a hidden staging directory that receives each new case file as soon as it is
/// read, from every core, so that reading the import and creating its files overlap.
///
/// Nothing shows before `commit`. It syncs the staged files once (`syncfs`), then renames the
/// staging directory onto an empty or missing `cases/` in one step — a new post, a migration:
/// one rename instead of one a case, and a crash leaves all of the cases or none — or, on a
/// board with cases (or whose `cases/` is a link or another disk, where the staging directory
/// is made inside it), renames each file into `cases/`. The audit lines come last; if they cannot
/// be written every case goes again, so an import reported as failed added nothing and can be
/// run again as it is. A crash before `commit` leaves only the staging directory, which the
/// next load removes (its name is a temp name, `AtomicWriter.isTempName`).
///
/// `stage` may be called from many threads at once; `commit` and `abandon` once, by the thread
/// that began the import (a transaction dropped without either is abandoned).
public final class ImportTransaction: @unchecked Sendable {
    private let store: Store
    private let staging: String
    /// `cases/` was empty or missing: `commit` renames the staging directory onto it.
    private let replacesCaseDirectory: Bool
    private let fileMode: mode_t
    private var lock: DirectoryLock?
    /// The list rows of the staged cases, for the list index `commit` leaves.
    private let stagedRows = Mutex<[CaseRow]>([])

    init(store: Store) throws(StoreError) {
        self.store = store
        let lock = try DirectoryLock.acquire(
            path: store.lockPath, timeout: store.lockTimeout, holder: store.user, newFileMode: store.newFileMode)
        do throws(StoreError) {
            replacesCaseDirectory = try Self.mayReplaceCaseDirectory(of: store)
            fileMode = store.newFileMode
            // Beside `cases/` to be renamed onto it; else inside it, where renaming each file
            // into place cannot cross to another file system.
            staging = try Self.makeStagingDirectory(in: replacesCaseDirectory ? store.path : store.casesPath, for: store)
        } catch {
            lock.release()
            throw error
        }
        self.lock = lock
    }

    deinit { abandon() }

    /// Writes `record` into the staging directory. Throws `duplicateID` when the board has a
    /// case with its id, `deleted` when it had one, `invalidID` for an id that cannot be a file
    /// name, and an I/O error naming the case file when the write fails. A second case of this
    /// import with the same id is not written and not an error here: the import must fail, and
    /// its reader, which sees the lines in order, names the later of the two.
    public func stage(_ record: Case) throws(StoreError) {
        try Store.requireFileNameSafe(record.id)
        let path = store.casePath(id: record.id)
        if !replacesCaseDirectory {
            if store.files.exists(path) { throw .duplicateID(id: record.id) }
            if store.files.exists(store.tombstonePath(id: record.id)) { throw store.deletedError(caseID: record.id) }
        }
        do {
            try AtomicWriter(files: store.files).writeNew(
                store.encode(record, for: path), to: stagedPath(record.id), reportingAs: path, mode: fileMode)
        } catch .io(_, .open, EEXIST) {
            return
        }
        let row = CaseRow(record)
        stagedRows.withLock { $0.append(row) }
    }

    /// Puts every staged case in place and writes one `created` audit line for each of
    /// `created` (the cases staged, in the order the audit log should list them), then
    /// releases the lock. On failure nothing has been added.
    public func commit(_ created: [(id: String, version: Int)]) throws(StoreError) {
        guard lock != nil else { return }
        defer { abandon() }
        try store.syncFileSystem()
        let files = store.files
        if replacesCaseDirectory {
            // rename(2) replaces an empty directory in one step, and fails on one that is not.
            if files.calls.rename(staging, store.casesPath) != 0 {
                throw .io(path: store.casesPath, operation: .rename, errno: errno)
            }
        } else {
            for (index, (id, _)) in created.enumerated() where files.calls.rename(stagedPath(id), store.casePath(id: id)) != 0 {
                let failure = errno
                for (done, _) in created[..<index] { try? files.remove(store.casePath(id: done)) }
                throw .io(path: store.casePath(id: id), operation: .rename, errno: failure)
            }
        }
        do throws(StoreError) {
            // The directory whose entries changed: the data directory's for the one rename.
            try files.syncDirectory(replacesCaseDirectory ? store.path : store.casesPath)
            let stamp = store.now()
            try store.appendAudit(created.map {
                AuditEntry(at: stamp, user: store.user, entity: "case", id: $0.id, version: $0.version, change: .created)
            })
        } catch {
            for (id, _) in created { try? files.remove(store.casePath(id: id)) }
            try? files.syncDirectory(store.casesPath)
            throw error
        }
        // Still under the lock: the first board opened after the import reads no case file.
        store.writeListIndex(afterImporting: stagedRows.withLock { $0 })
    }

    /// Removes whatever was staged and releases the lock; the board is as it was.
    public func abandon() {
        guard let lock else { return }
        try? store.files.removeEntry(staging)
        lock.release()
        self.lock = nil
    }

    private func stagedPath(_ id: String) -> String { staging + "/" + id + ".json" }

    /// Whether one rename can put the staging directory in place of `cases/`: it is missing, or
    /// an empty directory of the data directory's own file system. A tombstone counts as a case
    /// (a board whose cases were all deleted still remembers their ids); a symbolic link or a
    /// mount point (cases kept on another disk) is never replaced.
    private static func mayReplaceCaseDirectory(of store: Store) throws(StoreError) -> Bool {
        var cases = stat()
        var data = stat()
        guard lstat(store.casesPath, &cases) == 0 else {
            if errno == ENOENT { return true }
            throw .io(path: store.casesPath, operation: .status, errno: errno)
        }
        // Staged inside `cases/` otherwise: never inside a link to a directory elsewhere.
        try FileAccess.requireRealDirectory(store.casesPath)
        guard (cases.st_mode & S_IFMT) == S_IFDIR, stat(store.path, &data) == 0, cases.st_dev == data.st_dev else {
            return false
        }
        return try store.files.isEmptyDirectory(store.casesPath) ?? true
    }

    /// `.cases.tmp-import-<pid>-<random>` in `directory`, with the mode (and, for root, the
    /// owner) of `cases/`.
    private static func makeStagingDirectory(in directory: String, for store: Store) throws(StoreError) -> String {
        var existing = stat()
        let replacesDirectory = stat(store.casesPath, &existing) == 0
        let mode = replacesDirectory ? existing.st_mode & 0o7777 : store.newDirectoryMode
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let staging = directory + "/." + DataDirectory.casesDirectory + AtomicWriter.tempMarker
                + "import-\(getpid())-" + suffix
            if mkdir(staging, mode) == 0 {
                // mkdir applied the umask; the mode of the directory being replaced is the contract.
                if chmod(staging, mode) != 0 {
                    let failure = errno
                    try? store.files.removeEntry(staging)
                    throw .io(path: store.casesPath, operation: .createDirectory, errno: failure)
                }
                // Keeps a shared board's directory owned as it was; only root may, so failing to is fine.
                if replacesDirectory && (existing.st_uid != geteuid() || existing.st_gid != getegid()) {
                    _ = chown(staging, existing.st_uid, existing.st_gid)
                }
                return staging
            }
            if errno != EEXIST { throw .io(path: store.casesPath, operation: .createDirectory, errno: errno) }
        }
        throw .io(path: store.casesPath, operation: .createDirectory, errno: EEXIST)
    }
}
