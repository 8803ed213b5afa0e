import Foundation

/// The built `enlace` binary, run as an officer or a script runs it, alone or under a tool
/// such as strace.
enum Enlace {
    /// What a finished run printed and how it ended.
    struct Outcome: CustomStringConvertible {
        let status: Int32
        /// Set when the process (or, under strace, the program strace ran) died of a signal.
        let signal: Int32?
        let standardOutput: String
        let standardError: String

        var succeeded: Bool { status == 0 && signal == nil }
        /// The lines printed on stderr, without the empty one after the last newline.
        var errorLines: [String] { standardError.split(separator: "\n").map(String.init) }

        var description: String {
            "exit \(status)\(signal.map { " signal \($0)" } ?? ""); stdout: \(standardOutput.prefix(300)); stderr: \(standardError.prefix(600))"
        }
    }

    /// The `enlace` under test: `ENLACE_BINARY` when set (`scripts/test` points it at the release
    /// build), else the one built beside this test bundle (the test target depends on it).
    static var binary: String {
        if let chosen = ProcessInfo.processInfo.environment["ENLACE_BINARY"], !chosen.isEmpty { return chosen }
        let testBinary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: testBinary).deletingLastPathComponent().appendingPathComponent("enlace").path
    }

    /// A small environment of our own, so no ENLACE_DATA or LANG of the machine leaks in.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var base = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path, "LANG": "C.UTF-8"]
        base.merge(extra) { $1 }
        return base
    }

    /// Runs `enlace arguments…` and waits for it.
    @discardableResult
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Outcome {
        try runProgram(binary, arguments, environment: environment(extra))
    }

    /// Runs `enlace arguments…` under `strace options…`; `signal` in the outcome is the signal the
    /// traced program died of (strace reports it as 128 + the signal, or dies of it itself).
    static func runTraced(_ straceOptions: [String], _ arguments: [String]) throws -> Outcome {
        guard let strace = Strace.path else { throw Failure.straceMissing }
        let outcome = try runProgram(strace, straceOptions + ["--", binary] + arguments, environment: environment())
        if outcome.signal == nil, outcome.status > 128, outcome.status < 160 {
            return Outcome(status: outcome.status, signal: outcome.status - 128,
                           standardOutput: outcome.standardOutput, standardError: outcome.standardError)
        }
        return outcome
    }

    /// Runs any program with a closed stdin, collecting both outputs (through files, so a chatty
    /// child can never stall on a full pipe).
    static func runProgram(_ path: String, _ arguments: [String], environment: [String: String]) throws -> Outcome {
        let child = try ChildProcess(path, arguments, environment: environment)
        defer { child.stop() }
        guard child.waitForExit(within: .seconds(120)) else { throw Failure.timedOut(arguments.joined(separator: " ")) }
        return child.outcome()
    }

    enum Failure: Error {
        case straceMissing
        case timedOut(String)
    }
}
