import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `flock` on a data directory's `.lock` sidecar, held around every read-check-write.
///
/// The sidecar is never renamed or replaced (a lock on a replaced file would lock nothing). The
/// holder writes its login and pid into it after locking, so a writer that gives up waiting can
/// say who holds the board. The kernel drops the lock when the holder dies, so a killed writer
/// never blocks the others.
final class DirectoryLock {
    private let descriptor: Int32
    private let writable: Bool
    private var isHeld = true

    private init(descriptor: Int32, writable: Bool) {
        self.descriptor = descriptor
        self.writable = writable
    }

    /// Waits up to `timeout` for the lock; `.lockTimeout` names the holder when it has said who it is.
    static func acquire(
        path: String, timeout: Duration, holder: String, newFileMode: mode_t, calls: SystemCalls = .live
    ) throws(StoreError) -> DirectoryLock {
        let (descriptor, writable) = try openSidecar(path, newFileMode: newFileMode, calls: calls)
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var pause: UInt32 = 1_000
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR else {
                close(descriptor)
                throw .io(path: path, operation: .lock, errno: failure)
            }
            if ContinuousClock.now >= deadline {
                let (login, pid) = readHolder(descriptor)
                close(descriptor)
                throw .lockTimeout(path: path, login: login, pid: pid)
            }
            // Saves hold the lock for milliseconds: poll briefly, backing off to 20 ms.
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        let lock = DirectoryLock(descriptor: descriptor, writable: writable)
        lock.announce(holder)
        return lock
    }

    /// The lock if nobody holds it now; nil at once otherwise (a load does not wait for writers).
    static func acquireIfFree(
        path: String, holder: String, newFileMode: mode_t, calls: SystemCalls = .live
    ) throws(StoreError) -> DirectoryLock? {
        let (descriptor, writable) = try openSidecar(path, newFileMode: newFileMode, calls: calls)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        let lock = DirectoryLock(descriptor: descriptor, writable: writable)
        lock.announce(holder)
        return lock
    }

    func release() {
        guard isHeld else { return }
        isHeld = false
        if writable { _ = ftruncate(descriptor, 0) }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    deinit {
        // A lock dropped on an early exit must not keep the board locked until the process ends.
        release()
    }

    private func announce(_ holder: String) {
        guard writable else { return }
        let text = Array("\(holder) \(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    private static func openSidecar(_ path: String, newFileMode: mode_t, calls: SystemCalls) throws(StoreError) -> (Int32, Bool) {
        let descriptor = calls.open(path, O_RDWR | O_CREAT | O_CLOEXEC, newFileMode)
        if descriptor >= 0 { return (descriptor, true) }
        let creating = errno
        // Another officer's sidecar may not be writable by us; flock works on a read-only descriptor.
        let readOnly = calls.open(path, O_RDONLY | O_CLOEXEC, 0)
        if readOnly >= 0 { return (readOnly, false) }
        // No sidecar to open read-only (ENOENT) says nothing: the cause is why it could not be made.
        let failure = errno == ENOENT ? creating : errno
        if Store.deniesWriting(failure) {
            throw .notWritable(path: String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]), errno: failure)
        }
        throw .io(path: path, operation: .lock, errno: failure)
    }

    private static func readHolder(_ descriptor: Int32) -> (String?, Int32?) {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return (nil, nil) }
        let text = String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let space = text.lastIndex(of: " ") else { return (text.isEmpty ? nil : text, nil) }
        return (String(text[..<space]), Int32(text[text.index(after: space)...]))
    }
}
