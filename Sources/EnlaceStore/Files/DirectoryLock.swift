import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock held around every read-check-write of a data directory: an `flock` on its `.lock`
/// sidecar, then one on the directory itself.
///
/// The sidecar is never renamed or replaced by Enlace (a lock on a replaced file locks nothing);
/// after locking it, the writer checks that the file it locked is still the one at `.lock` and
/// starts again if not. It looks like a pid file, so someone may delete it while it is held: the
/// lock on the directory, which cannot be deleted while it holds a board, keeps two writers
/// apart even then. The holder writes its login and pid into the sidecar for people to read,
/// but a writer that gives up waiting names the holder the kernel reports (`/proc/locks`). The
/// kernel drops both locks when the holder dies, so a killed writer never blocks the others.
final class DirectoryLock {
    private let descriptor: Int32
    private let directoryDescriptor: Int32
    private let writable: Bool
    private var isHeld = true

    private init(descriptor: Int32, directoryDescriptor: Int32, writable: Bool) {
        self.descriptor = descriptor
        self.directoryDescriptor = directoryDescriptor
        self.writable = writable
    }

    /// Waits up to `timeout` for the lock; `.lockTimeout` names the holder when the kernel says.
    static func acquire(
        path: String, timeout: Duration, holder: String, newFileMode: mode_t, calls: SystemCalls = .live
    ) throws(StoreError) -> DirectoryLock {
        try acquire(path: path, deadline: ContinuousClock.now.advanced(by: timeout), holder: holder,
                    newFileMode: newFileMode, calls: calls)
    }

    /// The lock if nobody holds it now; nil at once otherwise (a load does not wait for writers).
    static func acquireIfFree(
        path: String, holder: String, newFileMode: mode_t, calls: SystemCalls = .live
    ) throws(StoreError) -> DirectoryLock? {
        do {
            return try acquire(path: path, deadline: .now, holder: holder, newFileMode: newFileMode, calls: calls)
        } catch {
            if case .lockTimeout = error { return nil }
            throw error
        }
    }

    private static func acquire(
        path: String, deadline: ContinuousClock.Instant, holder: String, newFileMode: mode_t, calls: SystemCalls
    ) throws(StoreError) -> DirectoryLock {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        while true {
            let (descriptor, writable) = try openSidecar(path, newFileMode: newFileMode, calls: calls)
            do throws(StoreError) {
                try waitForLock(descriptor, until: deadline, path: path)
            } catch {
                close(descriptor)
                throw error
            }
            // Someone removed or replaced `.lock` between our open and our lock: what we hold
            // locks nothing anybody else will open. Start again on the file that is there now.
            guard isStillAtPath(descriptor, path) else {
                close(descriptor)
                continue
            }
            let directoryDescriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if directoryDescriptor >= 0 {
                do throws(StoreError) {
                    try waitForLock(directoryDescriptor, until: deadline, path: path)
                } catch {
                    close(directoryDescriptor)
                    close(descriptor)
                    throw error
                }
            }
            let lock = DirectoryLock(descriptor: descriptor, directoryDescriptor: directoryDescriptor, writable: writable)
            lock.announce(holder)
            return lock
        }
    }

    func release() {
        guard isHeld else { return }
        isHeld = false
        if writable { _ = ftruncate(descriptor, 0) }
        if directoryDescriptor >= 0 {
            flock(directoryDescriptor, LOCK_UN)
            close(directoryDescriptor)
        }
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

    /// Takes an exclusive `flock` on `descriptor`, polling until `deadline`; `.lockTimeout`
    /// names who holds it then.
    private static func waitForLock(_ descriptor: Int32, until deadline: ContinuousClock.Instant, path: String) throws(StoreError) {
        var pause: UInt32 = 1_000
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            if failure == EINTR { continue }
            guard failure == EWOULDBLOCK else { throw .io(path: path, operation: .lock, errno: failure) }
            if ContinuousClock.now >= deadline {
                let holder = LockHolder.of(descriptor)
                throw .lockTimeout(path: path, login: holder?.login, pid: holder?.pid)
            }
            // Saves hold the lock for milliseconds: poll briefly, backing off to 20 ms.
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }

    private static func isStillAtPath(_ descriptor: Int32, _ path: String) -> Bool {
        var opened = stat(), current = stat()
        guard fstat(descriptor, &opened) == 0, lstat(path, &current) == 0 else { return false }
        return opened.st_dev == current.st_dev && opened.st_ino == current.st_ino
    }

    private static func openSidecar(_ path: String, newFileMode: mode_t, calls: SystemCalls) throws(StoreError) -> (Int32, Bool) {
        let creating: Int32
        do throws(StoreError) {
            if let descriptor = try FileAccess.openRegular(path, flags: O_RDWR | O_CREAT, mode: newFileMode, open: calls.open) {
                return (descriptor, true)
            }
            creating = ENOENT
        } catch {
            guard case .io(_, _, let failure) = error else { throw error }
            creating = failure
        }
        // Another officer's sidecar may not be writable by us; flock works on a read-only descriptor.
        do throws(StoreError) {
            if let descriptor = try FileAccess.openRegular(path, flags: O_RDONLY, open: calls.open) { return (descriptor, false) }
        } catch {
            guard case .io = error else { throw error }
        }
        // No sidecar to open read-only says nothing: the cause is why it could not be made.
        if Store.deniesWriting(creating) {
            throw .notWritable(path: String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]), errno: creating)
        }
        throw .io(path: path, operation: .lock, errno: creating)
    }
}
