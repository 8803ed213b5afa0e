import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a brief to a file the safe way: whole or not at all, never over a file that is there
/// unless asked, never through a symbolic link, readable by its owner only.
///
/// The file is written to a temp file in the same directory (`O_CREAT|O_EXCL|O_NOFOLLOW`,
/// mode 0600), synced, then moved into place, and the directory synced. Without `force` it is
/// put in place with `link(2)`, which fails if anything, a link included, took the name in the
/// meantime; with `force`, with `rename(2)`, which replaces a file but never writes through a link.
/// (`Data.write(options: .atomic)` on Linux neither syncs the directory nor refuses a link.)
public struct BriefWriter: Sendable {
    /// Replace a regular file already at the path.
    public var force: Bool

    /// For the tests: fail at this point, as a full disk or a crash would.
    enum Fault: Sendable { case afterTempWritten }
    var fault: Fault?

    public init(force: Bool = false) {
        self.force = force
    }

    /// Writes `text` (UTF-8) to `url`, a file path.
    public func write(_ text: String, to url: URL) throws(BriefWriteError) {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        try checkTarget(path)
        Self.sweepAbandonedTemps(in: directory)

        let (descriptor, tempPath) = try createTemp(in: directory, for: path)
        var tempStillThere = true
        defer { if tempStillThere { unlink(tempPath) } }

        do throws(BriefWriteError) {
            try writeAll(Array(text.utf8), to: descriptor, path: path)
            // Mode 0600 whatever the umask: a brief may hold what only its author should read.
            guard fchmod(descriptor, 0o600) == 0, fsync(descriptor) == 0 else { throw BriefWriteError.io(path: path, errno: errno) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw .io(path: path, errno: errno) }
        if fault == .afterTempWritten { throw .io(path: path, errno: EIO) }

        if force {
            guard rename(tempPath, path) == 0 else { throw .io(path: path, errno: errno) }
            tempStillThere = false
        } else if link(tempPath, path) != 0 {
            let linkError = errno
            switch linkError {
            case EEXIST:
                try checkTarget(path)
                throw .exists(path: path)
            case EPERM, EOPNOTSUPP, EXDEV, EMLINK:
                // A file system without hard links: check once more, then rename.
                try checkTarget(path)
                guard rename(tempPath, path) == 0 else { throw .io(path: path, errno: errno) }
                tempStillThere = false
            default:
                throw .io(path: path, errno: linkError)
            }
        }
        try syncDirectory(directory, path: path)
    }

    /// Refuses a link, a directory and a special file always, and a file that is there unless `force`.
    func checkTarget(_ path: String) throws(BriefWriteError) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw .io(path: path, errno: errno)
        }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: throw .isSymlink(path: path)
        case S_IFREG: if !force { throw .exists(path: path) }
        case S_IFDIR: throw .io(path: path, errno: EISDIR)
        default: throw .notRegularFile(path: path)
        }
    }

    /// Temp files of briefs whose writer was killed: a brief is written in milliseconds, so one
    /// an hour old is abandoned. Only regular files of our own naming are removed.
    static func sweepAbandonedTemps(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let hourAgo = time(nil) - 3600
        for name in names where name.hasPrefix(".brief-") && name.hasSuffix(".tmp") {
            var status = stat()
            let path = directory + "/" + name
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_mtim.tv_sec < hourAgo else { continue }
            unlink(path)
        }
    }

    func createTemp(in directory: String, for path: String) throws(BriefWriteError) -> (Int32, String) {
        for _ in 0..<16 {
            let tempPath = directory + "/.brief-" + String(UInt64.random(in: .min ... .max), radix: 36) + ".tmp"
            let descriptor = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, tempPath) }
            if errno != EEXIST { throw .io(path: path, errno: errno) }
        }
        throw .io(path: path, errno: EEXIST)
    }

    func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(BriefWriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, errno: errno)
            }
            offset += written
        }
    }

    /// Makes the rename durable. A file system that cannot sync a directory says EINVAL: the
    /// file is in place all the same.
    func syncDirectory(_ directory: String, path: String) throws(BriefWriteError) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: path, errno: errno) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0, errno != EINVAL { throw .io(path: path, errno: errno) }
    }
}

/// `write(2)`, named apart from `BriefWriter.write`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #else
    Darwin.write(descriptor, buffer, count)
    #endif
}
