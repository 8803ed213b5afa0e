#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls a save makes, as values, so tests can make any one of them fail
/// (a full disk at `write`, EIO at `fsync`, a failed `rename`) and check that nothing is lost.
/// The store and the brief writer both write through them.
public struct SystemCalls: Sendable {
    public var open: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
    public var write: @Sendable (_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int
    public var fsync: @Sendable (_ descriptor: Int32) -> Int32
    public var rename: @Sendable (_ from: String, _ to: String) -> Int32
    /// `access(2)`: whether this process may write a path, asked before a save rather than
    /// learnt from a failed one. Root may write anywhere but on a read-only mount, which
    /// `access` answers honestly too (EROFS).
    public var access: @Sendable (_ path: String, _ mode: Int32) -> Int32

    public init(
        open: @escaping @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32,
        write: @escaping @Sendable (_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int,
        fsync: @escaping @Sendable (_ descriptor: Int32) -> Int32,
        rename: @escaping @Sendable (_ from: String, _ to: String) -> Int32,
        access: @escaping @Sendable (_ path: String, _ mode: Int32) -> Int32 = { path, mode in
            #if canImport(Glibc)
            Glibc.access(path, mode)
            #else
            Darwin.access(path, mode)
            #endif
        }
    ) {
        self.open = open
        self.write = write
        self.fsync = fsync
        self.rename = rename
        self.access = access
    }

    public static let live = SystemCalls(
        open: { path, flags, mode in
            #if canImport(Glibc)
            Glibc.open(path, flags, mode)
            #else
            Darwin.open(path, flags, mode)
            #endif
        },
        write: { descriptor, buffer, count in
            #if canImport(Glibc)
            Glibc.write(descriptor, buffer, count)
            #else
            Darwin.write(descriptor, buffer, count)
            #endif
        },
        fsync: { descriptor in
            #if canImport(Glibc)
            Glibc.fsync(descriptor)
            #else
            Darwin.fsync(descriptor)
            #endif
        },
        rename: { from, to in
            #if canImport(Glibc)
            Glibc.rename(from, to)
            #else
            Darwin.rename(from, to)
            #endif
        }
    )
}
