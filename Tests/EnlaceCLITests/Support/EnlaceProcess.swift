import Foundation

/// Runs the built `enlace` binary as a user would, and hands back what it printed.
struct EnlaceProcess {
    struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The `enlace` under test: `ENLACE_BINARY` when set (`scripts/test` points it at the release
    /// build, the one officers run), else the one built beside this test bundle (SwiftPM builds it:
    /// the test target depends on it).
    static var binary: URL {
        if let chosen = ProcessInfo.processInfo.environment["ENLACE_BINARY"], !chosen.isEmpty {
            return URL(fileURLWithPath: chosen)
        }
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        return testBinary.deletingLastPathComponent().appendingPathComponent("enlace")
    }

    /// Runs `enlace arguments…` with `environment` added to a minimal one (no ENLACE_DATA leaks in).
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> Outcome {
        try run(executable: binary, arguments, environment: environment, input: input)
    }

    /// Runs `script` in `/bin/sh` (for a redirection such as `> /dev/full`), with `$ENLACE` the built binary.
    @discardableResult
    static func shell(_ script: String, environment: [String: String] = [:]) throws -> Outcome {
        try run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", script],
                environment: environment.merging(["ENLACE": binary.path]) { $1 }, input: nil)
    }

    private static func run(executable: URL, _ arguments: [String], environment: [String: String], input: Data?) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var base = ["PATH": "/usr/bin:/bin", "HOME": FileManager.default.temporaryDirectory.path, "LANG": "C.UTF-8"]
        base.merge(environment) { $1 }
        process.environment = base
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = error.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}

/// A temporary directory removed when the test is done with it.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    deinit { try? FileManager.default.removeItem(at: url) }
}
