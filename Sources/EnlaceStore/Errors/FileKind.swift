#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path in the data directory turned out to be when a regular file was expected. Enlace
/// reads and writes regular files only: a symbolic link could lead a write to someone else's
/// file, and a FIFO or a device could stall a read forever or never end.
public enum FileKind: Sendable, Equatable {
    case symbolicLink, directory, fifo, device, socket

    /// The kind of a `stat` mode; nil for a regular file.
    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: self = .symbolicLink
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        default: self = .device
        }
    }
}
