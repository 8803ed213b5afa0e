#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path turned out to be when a regular file (or a directory) was
/// expected. Enlace reads and writes regular files in real directories only (the data directory
/// and briefs alike): a symbolic link
/// could lead a write to someone else's file, and a FIFO or a device could stall a read forever
/// or never end.
public enum FileKind: Sendable, Equatable {
    case regularFile, symbolicLink, directory, fifo, device, socket

    /// The kind of an `lstat` mode.
    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFLNK: self = .symbolicLink
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        default: self = .device
        }
    }
}

extension FileKind {
    /// What is at `path` itself (`lstat`: a link is a link), or nil when nothing is there.
    /// Any failure but ENOENT is a `FileFailure` naming `path`.
    public static func at(_ path: String) throws(FileFailure) -> FileKind? {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw .system(path: path, operation: .status, errno: errno)
        }
        return FileKind(mode: status.st_mode)
    }
}
