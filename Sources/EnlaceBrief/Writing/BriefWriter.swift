import EnlaceFiles
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a brief to a file the safe way: whole or not at all, never over a file that is there
/// unless asked, never through a symbolic link, readable by its owner only.
///
/// The steps are `AtomicFile`'s: a temp file in the same directory (mode 0600), synced, then
/// moved into place, and the directory synced. Without `force` it is put in place with
/// `link(2)`, which fails if anything, a link included, took the name in the meantime; with
/// `force`, with `rename(2)`, which replaces a file but never writes through a link.
public struct BriefWriter: Sendable {
    /// Replace a regular file already at the path.
    public var force: Bool

    /// The system calls the write makes; tests make one of them fail, as a full disk would.
    var calls: SystemCalls = .live

    /// Temp files of briefs are hidden and say so: `.brief-1x2y3z.tmp`.
    static let tempPrefix = ".brief-"
    static let tempSuffix = ".tmp"

    public init(force: Bool = false) {
        self.force = force
    }

    /// Writes `text` (UTF-8) to `url`, a file path.
    public func write(_ text: String, to url: URL) throws(BriefWriteError) {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        try checkTarget(path)
        Self.sweepAbandonedTemps(in: directory)

        let file = AtomicFile(calls: calls)
        let temp: String
        do {
            // Mode 0600 whatever the umask: a brief may hold what only its author should read.
            temp = try file.writeTemp(
                Data(text.utf8), beside: path, tempName: { Self.tempPrefix + $0 + Self.tempSuffix }, mode: 0o600, sync: true)
        } catch {
            throw Self.briefError(error, path: path)
        }
        var tempStillThere = true
        defer { if tempStillThere { file.remove(temp) } }

        if force {
            try rename(temp, to: path, with: file)
            tempStillThere = false
        } else if link(temp, path) != 0 {
            let linkError = errno
            switch linkError {
            case EEXIST:
                try checkTarget(path)
                throw .exists(path: path)
            case EPERM, EOPNOTSUPP, EXDEV, EMLINK:
                // A file system without hard links: check once more, then rename.
                try checkTarget(path)
                try rename(temp, to: path, with: file)
                tempStillThere = false
            default:
                throw .io(path: path, errno: linkError)
            }
        }
        do {
            try file.syncDirectory(directory)
        } catch {
            // A file system that cannot sync a directory says EINVAL: the file is in place all the same.
            if case .system(_, _, EINVAL) = error { return }
            throw Self.briefError(error, path: path)
        }
    }

    private func rename(_ temp: String, to path: String, with file: AtomicFile) throws(BriefWriteError) {
        do { try file.rename(temp, to: path) } catch { throw Self.briefError(error, path: path) }
    }

    /// Refuses a link, a directory and a special file always, and a file that is there unless `force`.
    func checkTarget(_ path: String) throws(BriefWriteError) {
        let kind: FileKind?
        do { kind = try FileKind.at(path) } catch { throw Self.briefError(error, path: path) }
        switch kind {
        case nil: return
        case .symbolicLink: throw .isSymlink(path: path)
        case .regularFile: if !force { throw .exists(path: path) }
        case .directory: throw .io(path: path, errno: EISDIR)
        case .fifo, .device, .socket: throw .notRegularFile(path: path)
        }
    }

    /// A failure of the shared file code, named by the brief's own path: the temp file is hidden
    /// and already gone.
    static func briefError(_ failure: FileFailure, path: String) -> BriefWriteError {
        switch failure {
        case .notRegularFile(_, .symbolicLink): .isSymlink(path: path)
        case .notRegularFile(_, .directory): .io(path: path, errno: EISDIR)
        case .notRegularFile: .notRegularFile(path: path)
        case let .system(_, _, code): .io(path: path, errno: code)
        }
    }

    /// Temp files of briefs whose writer was killed: a brief is written in milliseconds, so one
    /// an hour old is abandoned. Only regular files of our own naming are removed.
    static func sweepAbandonedTemps(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let hourAgo = time(nil) - 3600
        for name in names where name.hasPrefix(tempPrefix) && name.hasSuffix(tempSuffix) {
            var status = stat()
            let path = directory + "/" + name
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_mtim.tv_sec < hourAgo else { continue }
            unlink(path)
        }
    }
}
