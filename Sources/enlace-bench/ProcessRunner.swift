import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a whole process, its output to /dev/null, and reports its wall time and
/// peak resident memory (from `wait4`'s rusage: the child alone, not this process).
enum ProcessRunner {
    struct Run {
        var milliseconds: Double
        var maxResidentBytes: Double
        /// User and system time of the child: what it cost, however busy the machine was.
        var cpuMilliseconds: Double
        var status: Int32
    }

    static func run(_ arguments: [String], input: String? = nil) -> Run {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { return Run(milliseconds: 0, maxResidentBytes: 0, cpuMilliseconds: 0, status: -1) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Run(
            milliseconds: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15,
            maxResidentBytes: Double(usage.ru_maxrss) * 1024,
            cpuMilliseconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000,
            status: exitStatus)
    }

    /// `sh -c command`, for a benchmark's untimed preparation.
    static func shell(_ command: String) {
        _ = run(["/bin/sh", "-c", command])
    }
}
