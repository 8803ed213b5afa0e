import Foundation
import Testing

/// `scripts/install` into a temporary PREFIX: the binary, the man page, the completions.
@Suite("scripts/install")
struct InstallScriptTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = packageRoot.appendingPathComponent("scripts/install").path

    /// Whether `binary` loads no Swift runtime library of the toolchain.
    static func isStatic(_ binary: String) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: binary),
              let ldd = try? EnlaceProcess.shell("ldd '\(binary)'"), ldd.status == 0 else { return false }
        return !ldd.standardOutput.contains("libswift")
    }

    @Test("a binary that needs the toolchain's Swift runtime is refused, and nothing is installed")
    func refusesDynamicBinary() throws {
        // The debug build beside the tests links the toolchain's runtime (ENLACE_BINARY may be static).
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        let dynamic = testBinary.deletingLastPathComponent().appendingPathComponent("enlace").path
        guard FileManager.default.isExecutableFile(atPath: dynamic), !Self.isStatic(dynamic) else {
            print("skipped: no dynamically linked enlace beside the tests at \(dynamic)")
            return
        }
        let directory = try TemporaryDirectory()
        let prefix = directory.path + "/prefix"
        let outcome = try EnlaceProcess.shell("ENLACE_INSTALL_BINARY='\(dynamic)' '\(Self.script)' '\(prefix)'")
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("still needs the Swift runtime"), "\(outcome.standardError)")
        #expect(!FileManager.default.fileExists(atPath: prefix))
    }

    /// The static build takes minutes: the test installs a static binary already built
    /// (`.build/release/enlace` after `scripts/install`), or builds one when
    /// `ENLACE_TEST_INSTALL=1`, and otherwise says it was skipped.
    @Test("installs the binary, the man page and the bash, zsh and fish completions under PREFIX")
    func installs() throws {
        let built = Self.packageRoot.appendingPathComponent(".build/release/enlace").path
        let buildsItself = ProcessInfo.processInfo.environment["ENLACE_TEST_INSTALL"] == "1"
        guard buildsItself || Self.isStatic(built) else {
            print("skipped: no static release binary; run scripts/install, or ENLACE_TEST_INSTALL=1 swift test --filter InstallScriptTests")
            return
        }
        let directory = try TemporaryDirectory()
        let prefix = directory.path + "/prefix"
        let chosen = buildsItself ? "" : "ENLACE_INSTALL_BINARY='\(built)' "
        let outcome = try EnlaceProcess.shell(chosen + "'\(Self.script)' '\(prefix)'")
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let installed = prefix + "/bin/enlace"
        #expect(Self.isStatic(installed))
        let version = try EnlaceProcess.shell("'\(installed)' --version")
        #expect(version.standardOutput.hasPrefix("enlace "))
        let page = try String(contentsOfFile: prefix + "/share/man/man1/enlace.1", encoding: .utf8)
        #expect(page == (try String(contentsOf: Self.packageRoot.appendingPathComponent("docs/enlace.1"), encoding: .utf8)))
        let bash = try String(contentsOfFile: prefix + "/share/bash-completion/completions/enlace", encoding: .utf8)
        #expect(bash.hasPrefix("#!/bin/bash"))
        #expect(try String(contentsOfFile: prefix + "/share/zsh/site-functions/_enlace", encoding: .utf8).hasPrefix("#compdef enlace"))
        #expect(try String(contentsOfFile: prefix + "/share/fish/vendor_completions.d/enlace.fish", encoding: .utf8).contains("enlace"))
    }
}
