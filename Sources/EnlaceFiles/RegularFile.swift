#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening files that must be regular files: never through a symbolic link, never a FIFO or
/// a device that could stall a read forever.
public enum RegularFile {
    /// Opens `path` with `flags` plus O_NOFOLLOW (never through a symbolic link) and O_NONBLOCK
    /// (never waiting on a FIFO). Anything but a regular file is `.notRegularFile` and nothing
    /// is read from or written to it; nil when the path does not exist. `open` is the call to
    /// make (the injectable one for writes, the plain one for reads).
    public static func open(
        _ path: String, flags: Int32, mode: mode_t = 0,
        using open: (String, Int32, mode_t) -> Int32 = { systemOpen($0, $1, $2) }
    ) throws(FileFailure) -> Int32? {
        let descriptor = open(path, flags | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode)
        if descriptor < 0 {
            let failure = errno
            if failure == ENOENT { return nil }
            // ELOOP (a symbolic link), ENXIO (a FIFO nobody reads, a device): say what is there.
            var status = stat()
            if lstat(path, &status) == 0, case let kind = FileKind(mode: status.st_mode), kind != .regularFile {
                throw .notRegularFile(path: path, kind: kind)
            }
            throw .system(path: path, operation: .open, errno: failure)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let failure = errno
            close(descriptor)
            throw .system(path: path, operation: .status, errno: failure)
        }
        let kind = FileKind(mode: status.st_mode)
        if kind != .regularFile {
            close(descriptor)
            throw .notRegularFile(path: path, kind: kind)
        }
        // O_NONBLOCK stays set: it changes nothing for a regular file, and clearing it would
        // cost two more system calls for each case file of a large board.
        return descriptor
    }
}

/// `open(2)`, named apart from `RegularFile.open`.
@usableFromInline
func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Glibc)
    Glibc.open(path, flags, mode)
    #else
    Darwin.open(path, flags, mode)
    #endif
}
