import Foundation
import Testing

/// Small mistakes on the command line: each is one line naming the argument and what to do,
/// exit 1 (bad usage), and nothing changed on disk.
@Suite("Command-line mistakes named and refused")
struct CommandLineFixesTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    func expectUsageError(_ outcome: EnlaceProcess.Outcome, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.status == 1, "\(outcome.standardError)", sourceLocation: sourceLocation)
        #expect(outcome.standardError == "enlace: " + line + "\n", sourceLocation: sourceLocation)
        #expect(outcome.standardOutput.isEmpty, sourceLocation: sourceLocation)
    }

    func caseJSON(_ id: String = "MX-2026-0001") throws -> String {
        try EnlaceProcess.run(["show", id, "--json", "--data", data]).standardOutput
    }

    @Test("note ID - reads the note's text from standard input, without the final newline")
    func noteFromStandardInput() throws {
        let outcome = try EnlaceProcess.run(["note", "MX-2026-0001", "-", "--data", data], input: Data("llamada con FGR\nsegunda línea\n".utf8))
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(try caseJSON().utf8)) as? [String: Any])
        let notes = try #require(record["notes"] as? [[String: Any]])
        #expect(notes.last?["text"] as? String == "llamada con FGR\nsegunda línea")
        #expect(!notes.contains { $0["text"] as? String == "-" })
    }

    @Test("note ID - with nothing on standard input is the empty note's error, and saves nothing")
    func emptyNoteFromStandardInput() throws {
        let before = try caseJSON()
        let outcome = try EnlaceProcess.run(["note", "MX-2026-0001", "-", "--data", data], input: Data())
        expectUsageError(outcome, "the note is empty; give its text as the second argument")
        #expect(try caseJSON() == before)
    }

    @Test("note ID - refuses bytes that are not UTF-8 text")
    func noteNotUTF8() throws {
        let before = try caseJSON()
        let outcome = try EnlaceProcess.run(["note", "MX-2026-0001", "-", "--data", data], input: Data([0x66, 0xff, 0xfe]))
        expectUsageError(outcome, "note: cannot read the note's text from standard input (these bytes are not UTF-8 text); nothing was saved")
        #expect(try caseJSON() == before)
    }

    @Test("brief -o - writes to standard output, not to a file named -")
    func briefToStandardOutput() throws {
        let outcome = try EnlaceProcess.shell("cd '\(directory.path)' && \"$ENLACE\" brief MX-2026-0001 -o - --data '\(data)'")
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("# Case brief"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/-"))
    }

    @Test("a mistyped command is named with the command it most likely meant")
    func unknownCommand() throws {
        expectUsageError(try EnlaceProcess.run(["lst", "cases", "--data", data]), "unknown command 'lst' — did you mean 'list'?")
        expectUsageError(try EnlaceProcess.run(["shwo", "MX-2026-0001"]), "unknown command 'shwo' — did you mean 'show'?")
        expectUsageError(try EnlaceProcess.run(["xyzzy"]), "unknown command 'xyzzy'; enlace --help lists the commands")
        expectUsageError(try EnlaceProcess.run(["lst", "--lang", "es"]), "orden desconocida 'lst' — ¿quiso decir 'list'?")
    }

    @Test("a usage error points at the help of the command it is about")
    func usageErrorPointsAtSubcommandHelp() throws {
        expectUsageError(try EnlaceProcess.run(["list", "cases", "--bogus", "--data", data]),
                         "Unknown option '--bogus' (see enlace list --help)")
        expectUsageError(try EnlaceProcess.run(["show"]), "Missing expected argument '<case-id>' (see enlace show --help)")
        expectUsageError(try EnlaceProcess.run(["--bogus"]), "Unknown option '--bogus' (see enlace --help)")
    }

    @Test("--data '' is an error, not the default directory")
    func emptyDataOption() throws {
        let home = directory.path + "/home"
        let outcome = try EnlaceProcess.run(["list", "cases", "--data", ""], environment: ["HOME": home, "XDG_DATA_HOME": ""])
        expectUsageError(outcome, "--data: the directory is empty text; give a directory, or leave --data out to use the default (see enlace list --help)")
        #expect(!FileManager.default.fileExists(atPath: home))
    }

    @Test("a negative --rotate or --lock-timeout says the value must be positive, not that it is missing")
    func negativeSeconds() throws {
        expectUsageError(try EnlaceProcess.run(["kiosk", "--rotate", "-5", "--data", data]),
                         "--rotate: the value must be positive; give a whole number of seconds from 1 to 3600. (see enlace kiosk --help)")
        expectUsageError(try EnlaceProcess.run(["list", "cases", "--lock-timeout", "-5", "--data", data]),
                         "--lock-timeout: the value must be positive; give a number of seconds greater than 0 and at most 3600. (see enlace list --help)")
    }

    @Test("check counts one problem in the singular, in both languages")
    func oneProblem() throws {
        try Data("{\n".utf8).write(to: URL(fileURLWithPath: data + "/cases/MX-2026-0003.json"))
        let english = try EnlaceProcess.run(["check", "--data", data])
        #expect(english.status == 2)
        #expect(english.standardError.hasSuffix("enlace: \(data): 1 problem; fix the file named above and run enlace check again\n"))
        let spanish = try EnlaceProcess.run(["check", "--data", data, "--lang", "es"])
        #expect(spanish.standardError.hasSuffix("enlace: \(data): 1 problema; corrija el archivo indicado arriba y ejecute enlace check de nuevo\n"))
    }

    @Test("-o with an extension that is not the brief's format is refused with the formats allowed")
    func briefExtension() throws {
        expectUsageError(try EnlaceProcess.run(["brief", "MX-2026-0001", "-o", directory.path + "/x.pdf", "--data", data]),
                         "-o \(directory.path)/x.pdf: .pdf is not a brief format; name the file .md, .txt, .html or .json, or write - for standard output")
        expectUsageError(try EnlaceProcess.run(["brief", "MX-2026-0001", "--format", "html", "-o", directory.path + "/x.md", "--data", data]),
                         "-o \(directory.path)/x.md: a .md file does not hold a --format html brief; name it .html, or change --format")
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/x.pdf"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/x.md"))
        let plain = try EnlaceProcess.run(["brief", "MX-2026-0001", "-o", directory.path + "/x", "--format", "txt", "--data", data])
        #expect(plain.status == 0, "a name without an extension takes --format: \(plain.standardError)")
    }

    @Test("a --filter term that does not apply to the records listed is named, not an empty list")
    func filterTermForAnotherKind() throws {
        expectUsageError(try EnlaceProcess.run(["list", "contacts", "--filter=status:active", "--data", data]),
                         "--filter: status: does not apply to contacts; filter contacts by agency:, post: or by words")
        expectUsageError(try EnlaceProcess.run(["list", "agencies", "--filter=overdue", "--data", data]),
                         "--filter: overdue does not apply to agencies; filter agencies by agency:, country: or by words")
        let contacts = try EnlaceProcess.run(["list", "contacts", "--filter=agency:DEA", "--json", "--data", data])
        #expect(contacts.status == 0)
        #expect(contacts.standardOutput.contains("\"C-"))
    }

    @Test("commands refuse a --data directory that does not exist, and create nothing there",
          arguments: [["list", "cases"], ["show", "MX-2026-0001"], ["note", "MX-2026-0001", "x"], ["check"], ["brief", "MX-2026-0001"]])
    func commandsRefuseMissingDirectory(command: [String]) throws {
        let missing = directory.path + "/missing"
        let outcome = try EnlaceProcess.run(command + ["--data", missing])
        expectUsageError(outcome, "no data directory at \(missing); create one with enlace init --sample, or pass --data DIR")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("the board on a --data directory that does not exist refuses without a terminal to ask on")
    func boardRefusesWithoutTerminal() throws {
        let missing = directory.path + "/missing"
        let outcome = try EnlaceProcess.run(["--data", missing], environment: ["TERM": "xterm-256color"])
        expectUsageError(outcome, "\(missing) does not exist and standard input is not a terminal to ask about making a sample board there; check --data, or run enlace init --sample --data \(missing) first")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}

@Suite("The board asks before making a sample board where --data names nothing",
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BoardCreationPromptTests {
    @Test("answering no makes nothing and exits 1")
    func declined() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path + "/missing"
        let session = try TmuxSession(command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(missing))")
        try session.waitFor(text: "[y/N]")
        try session.send("n", "Enter")
        let screen = try session.waitFor(text: "ENLACE-EXITED=")
        #expect(screen.contains("ENLACE-EXITED=1"))
        #expect(screen.replacingOccurrences(of: "\n", with: "").contains("no board was made at"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("answering y makes the sample board and opens it")
    func accepted() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path + "/missing"
        let session = try TmuxSession(command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(missing))")
        try session.waitFor(text: "[y/N]")
        try session.send("y", "Enter")
        let screen = try session.waitFor(text: "MX-2026-")
        #expect(screen.contains("Sample board (FICTIONAL)"))
        #expect(FileManager.default.fileExists(atPath: missing + "/board.json"))
    }
}
