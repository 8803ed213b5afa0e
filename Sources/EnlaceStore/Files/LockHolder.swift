import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who holds an `flock`, as the kernel tells it in `/proc/locks`: the pid, and the login that
/// owns that process. Not the text a holder writes into `.lock`, which anyone can write.
public struct LockHolder: Sendable, Equatable {
    public var pid: Int32
    public var login: String?

    /// The holder of the lock on the file `descriptor` is open on; nil when the kernel names
    /// none (it was released meanwhile, or `/proc` is not there).
    static func of(_ descriptor: Int32) -> LockHolder? {
        var status = stat()
        guard fstat(descriptor, &status) == 0,
              let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        guard let pid = holderPID(in: table, device: UInt64(status.st_dev), inode: UInt64(status.st_ino)) else { return nil }
        return LockHolder(pid: pid, login: login(of: pid))
    }

    /// The pid holding a lock on (`device`, `inode`) in `/proc/locks`'s text: lines such as
    /// `1: FLOCK  ADVISORY  WRITE 11006 fe:00:253853 0 EOF`, the device as hex major:minor. A line
    /// with `->` is a waiter, not a holder.
    static func holderPID(in table: String, device: UInt64, inode: UInt64) -> Int32? {
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
        let minor = (device & 0xff) | ((device >> 12) & ~0xff)
        let wanted = String(major, radix: 16) + ":" + String(minor, radix: 16) + ":" + String(inode)
        for line in table.split(separator: "\n") where !line.contains("->") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6 else { continue }
            let place = fields[5].split(separator: ":")
            guard place.count == 3,
                  let lineMajor = UInt64(place[0], radix: 16), let lineMinor = UInt64(place[1], radix: 16)
            else { continue }
            let normalized = String(lineMajor, radix: 16) + ":" + String(lineMinor, radix: 16) + ":" + place[2]
            if normalized == wanted, let pid = Int32(fields[4]) { return pid }
        }
        return nil
    }

    /// The login that owns process `pid`, from the owner of `/proc/PID`.
    private static func login(of pid: Int32) -> String? {
        var status = stat()
        guard stat("/proc/\(pid)", &status) == 0, let entry = getpwuid(status.st_uid), let name = entry.pointee.pw_name else {
            return nil
        }
        return String(cString: name)
    }
}
