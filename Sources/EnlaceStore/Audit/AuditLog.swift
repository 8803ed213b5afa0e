import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `audit.jsonl`: appended to, one line per change, never rewritten. Callers hold the lock.
struct AuditLog: Sendable {
    var files: FileAccess
    var path: String

    /// Appends the entries' lines in one write and syncs them.
    ///
    /// A crash in the middle of an append leaves a torn last line; the next append starts on a
    /// line of its own so the damage stays in that one line instead of spreading to the next.
    func append(_ entries: [AuditEntry], newFileMode: mode_t) throws(StoreError) {
        guard !entries.isEmpty else { return }
        var lines = Data()
        for line in Self.encodedLines(entries) { lines.append(line) }
        let existed = files.exists(path)
        let descriptor: Int32
        do throws(StoreError) {
            // Appended to only as a regular file: a link here could lead the line to any file.
            guard let opened = try FileAccess.openRegular(
                path, flags: O_WRONLY | O_APPEND | O_CREAT, mode: newFileMode, open: files.calls.open)
            else { throw .io(path: path, operation: .open, errno: ENOENT) }
            descriptor = opened
        } catch {
            if case .io(_, _, let failure) = error, Store.deniesWriting(failure) { throw .notWritable(path: path, errno: failure) }
            throw error
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .io(path: path, operation: .status, errno: errno) }
        if status.st_size > 0 {
            var last: UInt8 = 0
            if let readDescriptor = try? FileAccess.openRegular(path, flags: O_RDONLY) {
                if pread(readDescriptor, &last, 1, off_t(status.st_size - 1)) == 1, last != UInt8(ascii: "\n") {
                    lines.insert(UInt8(ascii: "\n"), at: 0)
                }
                close(readDescriptor)
            }
        } else {
            // A new log is created with the mode of the directory's files, whatever the umask.
            _ = fchmod(descriptor, newFileMode)
        }
        // The caller holds the lock, so nobody else appends: cutting the file back to this size
        // takes out exactly what this append wrote, and a failed save leaves no line behind.
        let sizeBefore = status.st_size
        do throws(StoreError) {
            try files.writeAll(lines, to: descriptor, path: path)
            if files.calls.fsync(descriptor) != 0 { throw .io(path: path, operation: .sync, errno: errno) }
        } catch {
            _ = ftruncate(descriptor, sizeBefore)
            // A log this append created goes again: a failed change leaves no file behind either.
            if !existed { try? files.remove(path) }
            throw error
        }
    }

    /// The entries' lines, in order; an import's 100,000 are encoded on every core.
    private static func encodedLines(_ entries: [AuditEntry]) -> [Data] {
        guard entries.count > 1_000 else { return entries.compactMap { try? AuditLineJSON.encode($0) } }
        return Chunked.map(entries.count) { range in
            var data = Data()
            for entry in entries[range] {
                if let line = try? AuditLineJSON.encode(entry) { data.append(line) }
            }
            return data
        }
    }
}
