import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data directory (DESIGN.md, "The data directory"): loads the whole board, saves one record
/// at a time atomically under the directory's lock, checks versions so the last writer never
/// wins silently, and appends each change to `audit.jsonl`.
///
/// Several `Store`s, in one process or many, may work on one directory at once. A `Store` holds
/// no records: each save re-reads the record it replaces from disk, so it costs one case file and
/// one audit line whatever the size of the board. Opened `.readOnly` (the kiosk), it creates,
/// locks and deletes nothing, and every write throws `StoreError.readOnly`.
public final class Store: Sendable {
    public enum Mode: Sendable, Equatable {
        case readWrite
        /// For the kiosk and for readers in directories they may not write.
        case readOnly
    }

    public let directory: URL
    public let mode: Mode
    /// The login name written into `updatedBy`, the audit log and the lock.
    public let user: String
    /// How long a save waits for another writer before `StoreError.lockTimeout`.
    public let lockTimeout: Duration

    let files: FileAccess
    let now: @Sendable () -> Timestamp

    public convenience init(
        directory: URL, mode: Mode = .readWrite, user: String = Store.currentUser, lockTimeout: Duration = .seconds(5)
    ) {
        self.init(directory: directory, mode: mode, user: user, lockTimeout: lockTimeout, calls: .live, now: { .now() })
    }

    /// For tests: system calls that fail on demand, and a clock.
    init(
        directory: URL, mode: Mode, user: String, lockTimeout: Duration, calls: SystemCalls,
        now: @escaping @Sendable () -> Timestamp
    ) {
        self.directory = directory.standardizedFileURL
        self.mode = mode
        self.user = user
        self.lockTimeout = lockTimeout
        self.files = FileAccess(calls: calls)
        self.now = now
    }

    /// The login name of this process: the password entry of the effective user, else `$USER`,
    /// else `$LOGNAME`, else `uid1000`.
    public static var currentUser: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let login = String(cString: name)
            if !login.isEmpty { return login }
        }
        let environment = ProcessInfo.processInfo.environment
        for variable in ["USER", "LOGNAME"] {
            if let value = environment[variable], !value.isEmpty { return value }
        }
        return "uid\(geteuid())"
    }

    // MARK: Paths

    var path: String { directory.path }
    var boardPath: String { path + "/" + DataDirectory.boardFile }
    var agenciesPath: String { path + "/" + DataDirectory.agenciesFile }
    var contactsPath: String { path + "/" + DataDirectory.contactsFile }
    var casesPath: String { path + "/" + DataDirectory.casesDirectory }
    var auditPath: String { path + "/" + DataDirectory.auditFile }
    var lockPath: String { path + "/" + DataDirectory.lockFile }

    /// `cases/MX-2026-0042.json`.
    public func casePath(id: String) -> String { casesPath + "/" + id + ".json" }

    /// The mode for a file the directory does not have yet: that of `board.json`, never readable
    /// by others, 0600 when there is nothing to follow.
    var newFileMode: mode_t {
        guard let mode = files.mode(of: boardPath) else { return 0o600 }
        return (mode & 0o660) | 0o600
    }

    /// `cases/` and other new directories follow the data directory, never open to others.
    var newDirectoryMode: mode_t {
        guard let mode = files.mode(of: path) else { return 0o700 }
        return (mode & 0o770) | 0o700
    }

    // MARK: Guards

    /// An id becomes a file name: it must not climb out of `cases/`, hide, or hold controls.
    static func requireFileNameSafe(_ id: String) throws(StoreError) {
        let unsafe = id.isEmpty || id.utf8.count > 200 || id.hasPrefix(".") || id.contains("/")
            || id.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        if unsafe { throw .invalidID(id: id) }
    }

    /// Who holds the directory's lock now, when someone does: what the board shows while its
    /// save waits. nil when it is free (or cannot be asked about).
    public func lockHolderNow() -> LockHolder? {
        guard let descriptor = try? FileAccess.openRegular(lockPath, flags: O_RDONLY) else { return nil }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) != 0 else {
            flock(descriptor, LOCK_UN)
            return nil
        }
        return LockHolder.of(descriptor) ?? LockHolder(pid: 0, login: nil)
    }

    /// Runs `body` holding the directory's lock, announcing this user as the holder.
    func withLock<Result>(_ body: () throws(StoreError) -> Result) throws(StoreError) -> Result {
        let lock = try DirectoryLock.acquire(
            path: lockPath, timeout: lockTimeout, holder: user, newFileMode: newFileMode, calls: files.calls)
        defer { lock.release() }
        return try body()
    }

    func write(_ data: Data, to path: String) throws(StoreError) {
        try requireRealParent(path)
        try AtomicWriter(files: files).write(data, to: path, newFileMode: newFileMode)
    }

    /// A file of the board is written only into the data directory itself (which the officer
    /// chose, a link or not) or into a real directory in it: `cases/` linked elsewhere by anyone
    /// who shares the directory would lead the save there.
    func requireRealParent(_ path: String) throws(StoreError) {
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if parent != self.path { try FileAccess.requireRealDirectory(parent) }
    }

    func encode<Value: Encodable>(_ value: Value, for path: String) throws(StoreError) -> Data {
        do {
            return try CanonicalJSON.encode(value)
        } catch {
            throw .io(path: path, operation: .write, errno: EINVAL)
        }
    }

    /// A case file's bytes, written directly (`CanonicalCaseJSON`): the same bytes as the
    /// generic `encode`, which every case would otherwise take by overload.
    func encode(_ record: Case, for path: String) -> Data {
        CanonicalCaseJSON.encode(record)
    }

    /// Puts `data` in place of `path` and appends `entries` to the audit log, all or nothing:
    /// when the audit line cannot be written, the file is put back as it was, so a user told
    /// "nothing was saved" can retry without making the change twice. Callers hold the lock.
    func commit(_ data: Data, to path: String, audit entries: [AuditEntry]) throws(StoreError) {
        try requireRealParent(path)
        let replacement = try AtomicWriter(files: files).replace(path, with: data, newFileMode: newFileMode)
        do {
            try appendAudit(entries)
        } catch {
            replacement.undo()
            throw error
        }
        replacement.finish()
    }

    func appendAudit(_ entries: [AuditEntry]) throws(StoreError) {
        try AuditLog(files: files, path: auditPath).append(entries, newFileMode: newFileMode)
    }
}
