#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file operation of `EnlaceFiles` failed; each writer words it in its own errors.
public enum FileFailure: Error, Sendable, Equatable {
    /// Something other than a regular file is at `path` (a link, a directory, a FIFO...):
    /// nothing was read from or written to it.
    case notRegularFile(path: String, kind: FileKind)
    /// A system call failed with `errno`.
    case system(path: String, operation: FileOperation, errno: Int32)
}
