import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a reader or a crash sees either all of the old bytes or all of the new.
///
/// The temp file lives in the same directory (a rename within one file system is atomic), is
/// opened with `O_EXCL` (never somebody else's file), gets the mode and owner of the file it
/// replaces, and is synced before the rename; the directory is synced after it so the rename
/// itself survives a power cut. `Data.write(options: .atomic)` does neither on Linux.
struct AtomicWriter: Sendable {
    var files: FileAccess

    /// Temp files are hidden and say so: `.MX-2026-0001.json.tmp-4242-1a2b3c`.
    static let tempMarker = ".tmp-"

    static func isTempName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(tempMarker)
    }

    /// Writes `data` to `path` atomically. An existing file keeps its mode; a new one gets `newFileMode`.
    func write(_ data: Data, to path: String, newFileMode: mode_t) throws(StoreError) {
        try replace(path, with: data, newFileMode: newFileMode).finish()
    }

    /// Puts `data` in place of `path` and syncs the directory, keeping the old file under a
    /// hidden hard link until the caller calls `finish()` or `undo()` on the result.
    ///
    /// A save is more than the rename: the directory sync and the audit line come after it, and
    /// either can fail on a failing disk. Without a way back the user would be told "nothing was
    /// saved" about a change that is in place, and a retry would make it twice. A hard link costs
    /// no disk space, so it can be made and renamed back even on a full disk. A failure before
    /// this returns leaves `path` as it was and no temp file behind.
    func replace(_ path: String, with data: Data, newFileMode: mode_t) throws(StoreError) -> Replacement {
        let temp = try writeTemp(data, replacing: path, newFileMode: newFileMode, sync: true)
        let previous = keepPrevious(of: path)
        if files.calls.rename(temp, path) != 0 {
            let failure = errno
            try? files.remove(temp)
            if case .kept(let backup) = previous { try? files.remove(backup) }
            throw .io(path: path, operation: .rename, errno: failure)
        }
        let replacement = Replacement(files: files, path: path, previous: previous)
        do {
            try files.syncDirectory(Self.directory(of: path))
        } catch {
            replacement.undo()
            throw error
        }
        return replacement
    }

    /// A new file in place whose old version can still be put back.
    struct Replacement: Sendable {
        enum Previous: Sendable, Equatable {
            /// There was no file: undoing removes the new one.
            case none
            /// The old file, linked under a temp name.
            case kept(String)
            /// The file system would not link it (no hard links there): it cannot be put back.
            case lost
        }

        let files: FileAccess
        let path: String
        let previous: Previous

        /// The change stands: drop the old version.
        func finish() {
            if case .kept(let backup) = previous { try? files.remove(backup) }
        }

        /// Puts the old version back (or removes a file that was new). Best effort: it runs after
        /// a failure, on a disk that may fail again; a leftover link is removed by the next load.
        func undo() {
            switch previous {
            case .none: try? files.remove(path)
            case .kept(let backup): _ = files.calls.rename(backup, path)
            case .lost: return
            }
            try? files.syncDirectory(AtomicWriter.directory(of: path))
        }
    }

    /// Links the file at `path` under a temp name (which a load removes if a crash leaves it).
    private func keepPrevious(of path: String) -> Replacement.Previous {
        var existing = stat()
        guard lstat(path, &existing) == 0 else { return .none }
        let directory = Self.directory(of: path)
        let name = (path as NSString).lastPathComponent
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let backup = directory + "/." + name + Self.tempMarker + "old-\(getpid())-" + suffix
            if link(path, backup) == 0 { return .kept(backup) }
            if errno != EEXIST { return .lost }
        }
        return .lost
    }

    /// Writes `data` into a new temp file beside `path` and returns the temp's path; the caller
    /// renames it into place. `sync: false` leaves syncing to the caller (an import syncs once).
    func writeTemp(_ data: Data, replacing path: String, newFileMode: mode_t, sync: Bool) throws(StoreError) -> String {
        var existing = stat()
        let replacesFile = stat(path, &existing) == 0
        let mode = replacesFile ? existing.st_mode & 0o7777 : newFileMode
        // Keeps a shared board's files owned as they were.
        let owner = replacesFile && (existing.st_uid != geteuid() || existing.st_gid != getegid())
            ? (existing.st_uid, existing.st_gid) : nil
        let (temp, descriptor) = try createTemp(beside: path, mode: mode)
        do throws(StoreError) {
            try fill(descriptor, with: data, reportingAs: path, mode: mode, owner: owner, sync: sync)
        } catch {
            try? files.remove(temp)
            throw error
        }
        return temp
    }

    /// Writes `data` into a file at `path` that must not exist yet, unsynced: for an import's
    /// staging directory, which nobody reads before it is synced and renamed into place whole.
    /// Failures name `reportingAs`, the case file the user knows.
    func writeNew(_ data: Data, to path: String, reportingAs shownPath: String, mode: mode_t) throws(StoreError) {
        let descriptor = files.calls.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .io(path: shownPath, operation: .open, errno: errno) }
        do throws(StoreError) {
            try fill(descriptor, with: data, reportingAs: shownPath, mode: mode, owner: nil, sync: false)
        } catch {
            try? files.remove(path)
            throw error
        }
    }

    /// Gives a new file its mode (and owner), its bytes, and closes it; the descriptor is closed
    /// whatever happens. Failures name `path`: the user knows it, not the hidden temp.
    private func fill(
        _ descriptor: Int32, with data: Data, reportingAs path: String, mode: mode_t, owner: (uid_t, gid_t)?, sync: Bool
    ) throws(StoreError) {
        // Linux closes the descriptor even when close() fails; closing twice could hit a reused one.
        var isOpen = true
        do throws(StoreError) {
            // open() applies the umask; the mode of the file being replaced is the contract.
            if fchmod(descriptor, mode) != 0 { throw .io(path: path, operation: .write, errno: errno) }
            // Only root may give a file away, so failing to is fine.
            if let owner { _ = fchown(descriptor, owner.0, owner.1) }
            try files.writeAll(data, to: descriptor, path: path)
            if sync, files.calls.fsync(descriptor) != 0 { throw .io(path: path, operation: .sync, errno: errno) }
            isOpen = false
            if close(descriptor) != 0 { throw .io(path: path, operation: .write, errno: errno) }
        } catch {
            if isOpen { _ = close(descriptor) }
            throw error
        }
    }

    private func createTemp(beside path: String, mode: mode_t) throws(StoreError) -> (String, Int32) {
        let directory = Self.directory(of: path)
        let name = (path as NSString).lastPathComponent
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let temp = directory + "/." + name + Self.tempMarker + "\(getpid())-" + suffix
            let descriptor = files.calls.open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
            if descriptor >= 0 { return (temp, descriptor) }
            let failure = errno
            if Store.deniesWriting(failure) { throw .notWritable(path: directory, errno: failure) }
            if failure != EEXIST { throw .io(path: temp, operation: .open, errno: failure) }
        }
        throw .io(path: path, operation: .open, errno: EEXIST)
    }

    static func directory(of path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }
}
