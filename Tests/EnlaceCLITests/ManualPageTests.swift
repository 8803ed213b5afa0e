import Foundation
import Testing

/// `enlace manual` and `docs/enlace.1`: the manual page made from the command definitions.
@Suite("The manual page")
struct ManualPageTests {
    static let committed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/enlace.1")

    static func page() throws -> String {
        let outcome = try EnlaceProcess.run(["manual", "--lang", "en"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return outcome.standardOutput
    }

    /// The subcommands `enlace --help` lists, without the default's `(default)`.
    static func shownCommands() throws -> [String] {
        let help = try EnlaceProcess.run(["--help"], environment: ["COLUMNS": "1000"]).standardOutput
        let section = help.components(separatedBy: "SUBCOMMANDS:\n").last ?? ""
        return section.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    @Test("the page is roff with a title, a name, and every command --help lists")
    func namesEveryCommand() throws {
        let page = try Self.page()
        #expect(page.hasPrefix(".TH ENLACE 1 "))
        #expect(page.contains("\n.SH NAME\nenlace \\- "))
        let commands = try Self.shownCommands()
        #expect(commands.count >= 11, "\(commands)")
        for command in commands {
            #expect(page.contains(".SS \"enlace \(command)\"") || page.contains(".SS \"enlace [\(command)]\""), "\(command)")
        }
        #expect(!page.contains("enlace manual"), "the hidden command is not on the page")
    }

    @Test("every option each command's --help names is on the page")
    func namesEveryOption() throws {
        let page = try Self.page()
        var checked = 0
        for command in try Self.shownCommands() {
            let help = try EnlaceProcess.run([command, "--help"], environment: ["COLUMNS": "1000"]).standardOutput
            // The labels of OPTIONS: `  --data <dir>`, `  -o, --output <file>`.
            for match in help.matches(of: /\n  (?:-[a-zA-Z], )?(--[a-z][a-z-]*)/) {
                let option = String(match.1).replacingOccurrences(of: "-", with: "\\-")
                #expect(page.contains("\\fB" + option + "\\fR"), "enlace \(command): \(match.1)")
                checked += 1
            }
        }
        #expect(checked >= 40, "options found in the help screens: \(checked)")
    }

    @Test("every line is text or a request the page uses; no line starts with a quote")
    func roffLines() throws {
        let requests: Set<String> = [".TH", ".SH", ".SS", ".B", ".PP", ".TP"]
        for line in try Self.page().split(separator: "\n") {
            if line.hasPrefix(".") { #expect(requests.contains(String(line.split(separator: " ")[0])), "\(line)") }
            #expect(!line.hasPrefix("'"))
        }
    }

    @Test("groff reads the page without a warning", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff")))
    func groffAccepts() throws {
        let directory = try TemporaryDirectory()
        try Data(try Self.page().utf8).write(to: directory.file("enlace.1"))
        let outcome = try EnlaceProcess.shell("groff -man -ww -z '\(directory.path)/enlace.1'")
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty, "\(outcome.standardError)")
    }

    @Test("README's command list names every command --help lists")
    func readmeNamesEveryCommand() throws {
        let readme = try String(contentsOf: Self.committed.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md"), encoding: .utf8)
        let list = readme.components(separatedBy: "## The command line\n").last?.components(separatedBy: "```").dropFirst().first ?? ""
        for command in try Self.shownCommands() where command != "board" {
            #expect(list.contains("\nenlace \(command)"), "README's command list lacks enlace \(command)")
        }
    }

    @Test("docs/enlace.1 is the page the commands make (else: enlace manual > docs/enlace.1)")
    func committedCopyInStep() throws {
        let committed = try String(contentsOf: Self.committed, encoding: .utf8)
        #expect(committed == (try Self.page()), "run: swift run enlace manual --lang en > docs/enlace.1")
    }
}
