import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The steps of replacing a file so that a reader or a crash sees either all of the old bytes
/// or all of the new, shared by the store's saves and the brief writer.
///
/// The temp file lives in the same directory as the file it becomes (a rename within one file
/// system is atomic), is opened with `O_CREAT|O_EXCL|O_NOFOLLOW` (never somebody else's file,
/// never through a link), gets its mode before its bytes, and is synced before it is put in
/// place; the directory is synced after, so the rename itself survives a power cut.
/// `Data.write(options: .atomic)` does neither sync on Linux, nor refuses a link.
/// Every call that can fail goes through `calls`, so tests can fail any one of them.
public struct AtomicFile: Sendable {
    public var calls: SystemCalls

    public init(calls: SystemCalls = .live) {
        self.calls = calls
    }

    /// Writes `data` into a new temp file beside `path`, named by `tempName` from a random
    /// suffix, and returns the temp's path; the caller puts it in place (`rename`, `link`).
    /// The temp gets `mode` whatever the umask, and `owner` when given (only root may give a
    /// file away, so failing to is fine). `sync: false` leaves syncing to the caller.
    /// Failures name `path`, the file the user knows, except the temp's own `open`; nothing is
    /// left behind.
    public func writeTemp(
        _ data: Data, beside path: String, tempName: (_ random: String) -> String,
        mode: mode_t, owner: (uid_t, gid_t)? = nil, sync: Bool
    ) throws(FileFailure) -> String {
        let (temp, descriptor) = try createTemp(beside: path, tempName: tempName, mode: mode)
        do throws(FileFailure) {
            try fill(descriptor, with: data, reportingAs: path, mode: mode, owner: owner, sync: sync)
        } catch {
            remove(temp)
            throw error
        }
        return temp
    }

    /// Writes `data` into a file at `path` that must not exist yet, unsynced (for a staging
    /// directory that is synced and renamed into place whole). Failures name `shownPath`.
    public func writeNew(_ data: Data, to path: String, reportingAs shownPath: String, mode: mode_t) throws(FileFailure) {
        let descriptor = calls.open(path, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .system(path: shownPath, operation: .open, errno: errno) }
        do throws(FileFailure) {
            try fill(descriptor, with: data, reportingAs: shownPath, mode: mode, owner: nil, sync: false)
        } catch {
            remove(path)
            throw error
        }
    }

    /// Renames `temp` over `path`; on failure the temp is removed and `path` is as it was.
    public func rename(_ temp: String, to path: String) throws(FileFailure) {
        guard calls.rename(temp, path) != 0 else { return }
        let failure = errno
        remove(temp)
        throw .system(path: path, operation: .rename, errno: failure)
    }

    /// Makes the renames in `directory` durable.
    public func syncDirectory(_ directory: String) throws(FileFailure) {
        let descriptor = systemOpen(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        guard descriptor >= 0 else { throw .system(path: directory, operation: .open, errno: errno) }
        defer { close(descriptor) }
        if calls.fsync(descriptor) != 0 { throw .system(path: directory, operation: .sync, errno: errno) }
    }

    /// Writes every byte, through short writes and interrupted calls.
    public func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(FileFailure) {
        let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var written = 0
            while written < buffer.count {
                let count = calls.write(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if count == 0 { return EIO }
                written += count
            }
            return nil
        }
        if let failure { throw .system(path: path, operation: .write, errno: failure) }
    }

    /// Removes a file the writer made; best effort, on a path that is ours.
    public func remove(_ path: String) {
        unlink(path)
    }

    /// The directory a path is in, "." for a bare name.
    public static func directory(of path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }

    /// Gives a new file its mode (and owner), its bytes, and closes it; the descriptor is closed
    /// whatever happens.
    private func fill(
        _ descriptor: Int32, with data: Data, reportingAs path: String, mode: mode_t, owner: (uid_t, gid_t)?, sync: Bool
    ) throws(FileFailure) {
        // Linux closes the descriptor even when close() fails; closing twice could hit a reused one.
        var isOpen = true
        do throws(FileFailure) {
            // open() applies the umask; the mode asked for is the contract.
            if fchmod(descriptor, mode) != 0 { throw .system(path: path, operation: .write, errno: errno) }
            if let owner { _ = fchown(descriptor, owner.0, owner.1) }
            try writeAll(data, to: descriptor, path: path)
            if sync, calls.fsync(descriptor) != 0 { throw .system(path: path, operation: .sync, errno: errno) }
            isOpen = false
            if close(descriptor) != 0 { throw .system(path: path, operation: .write, errno: errno) }
        } catch {
            if isOpen { _ = close(descriptor) }
            throw error
        }
    }

    private func createTemp(beside path: String, tempName: (String) -> String, mode: mode_t) throws(FileFailure) -> (String, Int32) {
        let directory = Self.directory(of: path)
        for _ in 0..<16 {
            let temp = directory + "/" + tempName(String(UInt64.random(in: .min ... .max), radix: 36))
            let descriptor = calls.open(temp, O_CREAT | O_EXCL | O_NOFOLLOW | O_WRONLY | O_CLOEXEC, mode)
            if descriptor >= 0 { return (temp, descriptor) }
            if errno != EEXIST { throw .system(path: temp, operation: .open, errno: errno) }
        }
        throw .system(path: path, operation: .open, errno: EEXIST)
    }
}
