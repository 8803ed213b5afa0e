import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program started by a test, its output going to files in a private directory. It is killed
/// and reaped when the test drops it, so no test leaves a process behind.
final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    private let outputDirectory: URL
    private let outputFile: URL
    private let errorFile: URL

    init(_ path: String, _ arguments: [String], environment: [String: String]) throws {
        outputDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("enlace-reliability-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        outputFile = outputDirectory.appendingPathComponent("stdout")
        errorFile = outputDirectory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Polls until the process ends or the time is up; true when it ended.
    func waitForExit(within limit: Duration) -> Bool {
        Poll.until(within: limit) { !self.process.isRunning }
    }

    func outcome() -> Enlace.Outcome {
        process.waitUntilExit()
        let byUncaughtSignal = process.terminationReason == .uncaughtSignal
        return Enlace.Outcome(
            status: byUncaughtSignal ? 0 : process.terminationStatus,
            signal: byUncaughtSignal ? process.terminationStatus : nil,
            standardOutput: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            standardError: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }

    /// Kills the process if it still runs, waits for it, and removes its output files.
    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: outputDirectory)
    }

    deinit { stop() }
}

/// Waiting for something to become true, with a deadline instead of a fixed sleep.
enum Poll {
    /// Checks `condition` every few milliseconds until it holds (true) or `limit` passes (false).
    static func until(within limit: Duration, interval: Duration = .milliseconds(5), _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now.advanced(by: limit)
        while true {
            if condition() { return true }
            if ContinuousClock.now >= deadline { return false }
            let (seconds, attoseconds) = interval.components
            usleep(UInt32(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
        }
    }
}
