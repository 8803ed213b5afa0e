import Foundation
@testable import enlace
import Testing

/// `enlace --version`: the package's version, and the git commit when built from a checkout.
@Suite("enlace --version")
struct VersionTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("--version, -V and version print the same one line, exit 0, with no board read",
          arguments: [["--version"], ["-V"], ["version"], ["version", "--lang", "es"], ["--lang", "es", "-V"]])
    func oneLine(arguments: [String]) throws {
        let outcome = try EnlaceProcess.run(arguments, environment: ["ENLACE_DATA": "/nonexistent/enlace-version-test"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.isEmpty)
        #expect(outcome.standardOutput.hasPrefix("enlace \(EnlaceVersion.number)"))
        #expect(outcome.standardOutput.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/enlace-version-test"))
    }

    @Test("built from a git checkout, the version names the checkout's commit")
    func namesTheCommit() throws {
        let head = try EnlaceProcess.shell("git -C '\(Self.packageRoot.path)' rev-parse HEAD 2>/dev/null")
        guard head.status == 0 else {
            print("skipped: \(Self.packageRoot.path) is not a git checkout")
            return
        }
        let outcome = try EnlaceProcess.run(["--version"])
        // The binary under test may be an older build (ENLACE_BINARY): its commit is one of the checkout's.
        let match = try #require(outcome.standardOutput.wholeMatch(of: /enlace ([0-9.]+) \(commit ([0-9a-f]{40})\)\n/),
                                 "\(outcome.standardOutput)")
        #expect(String(match.1) == EnlaceVersion.number)
        let known = try EnlaceProcess.shell("git -C '\(Self.packageRoot.path)' cat-file -e '\(match.2)^{commit}'")
        #expect(known.status == 0, "\(match.2) is not a commit of \(Self.packageRoot.path)")
    }

    @Test("outside a git checkout (a source tarball) the build names no commit")
    func tarballHasNoCommit() throws {
        let directory = try TemporaryDirectory()
        let output = directory.path + "/out/BuildCommit.swift"
        let run = try EnlaceProcess.shell(
            "sh '\(Self.packageRoot.path)/scripts/build-commit' '\(directory.path)' '\(output)'",
            environment: ["GIT_CEILING_DIRECTORIES": directory.url.deletingLastPathComponent().path])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("let buildCommit: String? = nil\n"))
    }

    @Test("in a git checkout the build names its HEAD, and an unchanged commit leaves the file alone")
    func checkoutHasCommit() throws {
        let directory = try TemporaryDirectory()
        let made = try EnlaceProcess.shell("""
            cd '\(directory.path)' && git init -q . && git -c user.name=t -c user.email=t@example.org \
            commit -q --allow-empty -m one && git rev-parse HEAD
            """)
        guard made.status == 0 else {
            print("skipped: git could not make a repository: \(made.standardError)")
            return
        }
        let commit = made.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        let output = directory.path + "/.out/BuildCommit.swift"
        let script = "sh '\(Self.packageRoot.path)/scripts/build-commit' '\(directory.path)' '\(output)'"
        #expect(try EnlaceProcess.shell(script).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("let buildCommit: String? = \"\(commit)\"\n"))
        let stamp = try FileManager.default.attributesOfItem(atPath: output)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try EnlaceProcess.shell(script).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: output)[.modificationDate] as? Date == stamp)
    }
}
