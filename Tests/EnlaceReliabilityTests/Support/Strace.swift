import Foundation

/// strace, which these tests use to crash or fail a save at one exact system call.
/// CI installs it (`.ci/run`); where it is missing, the tests that need it are skipped and say why.
enum Strace {
    static let path: String? = ["/usr/bin/strace", "/bin/strace", "/usr/local/bin/strace"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { path != nil }

    /// The system calls a save can be interrupted at: creating, writing, syncing, renaming and
    /// linking files, in every variant glibc may use for them.
    static let saveCalls = [
        "openat", "open", "creat", "write", "pwrite64", "writev", "fsync", "fdatasync",
        "rename", "renameat", "renameat2", "link", "linkat", "unlink", "unlinkat", "ftruncate",
    ]

    /// One system call as a trace log shows it: `openat(AT_FDCWD, "/x/.lock", O_RDWR…) = 3`.
    struct Call: Equatable {
        let name: String
        let text: String
    }

    /// The calls of `saveCalls` a clean `enlace arguments…` makes, in order, read from
    /// `strace -o`. The program is single-threaded (a save uses no other thread), and the check
    /// below fails the test if that changes, since `when=N` counts per thread.
    static func calls(of arguments: [String], log: URL) throws -> [Call] {
        let outcome = try Enlace.runTraced(
            ["-f", "-o", log.path, "-e", "trace=" + saveCalls.joined(separator: ",")], arguments)
        guard outcome.succeeded else { throw TraceFailure.cleanRunFailed(outcome.description) }
        let text = try String(contentsOf: log, encoding: .utf8)
        var pids: Set<Substring> = []
        var calls: [Call] = []
        for line in text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let pid = line[..<space]
            // strace pads the pid to five columns: "1234  openat(" has two spaces, "12345 openat(" one.
            let rest = line[line.index(after: space)...].drop { $0 == " " }
            guard let parenthesis = rest.firstIndex(of: "("), !rest.hasPrefix("+++"), !rest.hasPrefix("---") else { continue }
            pids.insert(pid)
            calls.append(Call(name: String(rest[..<parenthesis]), text: String(rest)))
        }
        guard pids.count == 1 else { throw TraceFailure.moreThanOneThread(pids.count) }
        return calls
    }

    /// One call of a save, as strace's `when=` counts it: the `when`-th call of `name`.
    struct Point {
        let name: String
        let when: Int
        let text: String
    }

    /// The calls from the opening of the `.lock` sidecar on (the save; what comes before is the
    /// program starting), numbered as `inject=NAME:…:when=N` counts them.
    static func savePoints(_ calls: [Call]) throws -> [Point] {
        guard let lockIndex = calls.firstIndex(where: { $0.name.hasPrefix("open") && $0.text.contains("/.lock\"") }) else {
            throw TraceFailure.noLock(calls.map(\.text))
        }
        var seen: [String: Int] = [:]
        var points: [Point] = []
        for (index, call) in calls.enumerated() {
            seen[call.name, default: 0] += 1
            if index >= lockIndex, let count = seen[call.name] { points.append(Point(name: call.name, when: count, text: call.text)) }
        }
        return points
    }

    enum TraceFailure: Error {
        /// No call opened `.lock`; every call the clean run made, to see why.
        case noLock([String])
        case cleanRunFailed(String)
        case moreThanOneThread(Int)
    }
}
