import EnlaceFiles
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file of the data directory so that a reader or a crash sees either all of the old
/// bytes or all of the new: the steps of `AtomicFile`, plus what a save needs beyond them (the
/// mode and owner of the file replaced, the old version kept until the save is whole, the
/// store's temp names and errors).
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
        let name = (path as NSString).lastPathComponent
        let pid = getpid()
        do {
            return try AtomicFile(calls: files.calls).writeTemp(
                data, beside: path, tempName: { "." + name + Self.tempMarker + "\(pid)-" + $0 },
                mode: mode, owner: owner, sync: sync)
        } catch {
            if case .system(_, .open, let failure) = error, Store.deniesWriting(failure) {
                throw .notWritable(path: Self.directory(of: path), errno: failure)
            }
            throw StoreError(error)
        }
    }

    /// Writes `data` into a file at `path` that must not exist yet, unsynced: for an import's
    /// staging directory, which nobody reads before it is synced and renamed into place whole.
    /// Failures name `reportingAs`, the case file the user knows.
    func writeNew(_ data: Data, to path: String, reportingAs shownPath: String, mode: mode_t) throws(StoreError) {
        do {
            try AtomicFile(calls: files.calls).writeNew(data, to: path, reportingAs: shownPath, mode: mode)
        } catch {
            throw StoreError(error)
        }
    }

    static func directory(of path: String) -> String {
        AtomicFile.directory(of: path)
    }
}
