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
        let temp = try writeTemp(data, replacing: path, newFileMode: newFileMode, sync: true)
        if files.calls.rename(temp, path) != 0 {
            let failure = errno
            try? files.remove(temp)
            throw .io(path: path, operation: .rename, errno: failure)
        }
        try files.syncDirectory(Self.directory(of: path))
    }

    /// Writes `data` into a new temp file beside `path` and returns the temp's path; the caller
    /// renames it into place. `sync: false` leaves syncing to the caller (an import syncs once).
    func writeTemp(_ data: Data, replacing path: String, newFileMode: mode_t, sync: Bool) throws(StoreError) -> String {
        var existing = stat()
        let replacesFile = stat(path, &existing) == 0
        let mode = replacesFile ? existing.st_mode & 0o7777 : newFileMode
        let (temp, descriptor) = try createTemp(beside: path, mode: mode)
        // Linux closes the descriptor even when close() fails; closing twice could hit a reused one.
        var isOpen = true
        do throws(StoreError) {
            // open() applies the umask; the mode of the file being replaced is the contract.
            if fchmod(descriptor, mode) != 0 { throw .io(path: temp, operation: .write, errno: errno) }
            if replacesFile && (existing.st_uid != geteuid() || existing.st_gid != getegid()) {
                // Keeps a shared board's files owned as they were; only root may, so failure is fine.
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            }
            try files.writeAll(data, to: descriptor, path: temp)
            if sync, files.calls.fsync(descriptor) != 0 { throw .io(path: temp, operation: .sync, errno: errno) }
            isOpen = false
            if close(descriptor) != 0 { throw .io(path: temp, operation: .write, errno: errno) }
        } catch {
            if isOpen { _ = close(descriptor) }
            try? files.remove(temp)
            throw error
        }
        return temp
    }

    private func createTemp(beside path: String, mode: mode_t) throws(StoreError) -> (String, Int32) {
        let directory = Self.directory(of: path)
        let name = (path as NSString).lastPathComponent
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let temp = directory + "/." + name + Self.tempMarker + "\(getpid())-" + suffix
            let descriptor = files.calls.open(temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
            if descriptor >= 0 { return (temp, descriptor) }
            if errno != EEXIST { throw .io(path: temp, operation: .open, errno: errno) }
        }
        throw .io(path: path, operation: .open, errno: EEXIST)
    }

    static func directory(of path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }
}
