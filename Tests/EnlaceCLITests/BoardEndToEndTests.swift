import Foundation
import Testing

/// The real board in a real terminal (tmux on a private socket): what an officer sees and types.
@Suite("The board in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BoardEndToEndTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    /// `enlace` on `data` in a fresh tmux session; waits for the first screen.
    func openBoard(data: String, arguments: String = "", width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data)) \(arguments)",
            width: width, height: height)
        try session.waitFor(text: "Cases")
        return session
    }

    @Test("a first run on a --data directory that does not exist asks, then opens the sample board")
    func firstRunMakesSampleBoard() throws {
        let data = directory.path + "/new-board"
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data))", width: 120, height: 40)
        try session.waitFor(timeout: .seconds(10), "the question") {
            $0.replacingOccurrences(of: "\n", with: "").contains("Make a FICTIONAL sample board there? [y/N]")
        }
        #expect(!FileManager.default.fileExists(atPath: data), "nothing is made before the answer")
        try session.send("y", "Enter")
        let screen = try session.waitFor(text: "MX-2026-")
        #expect(screen.contains("Sample board (FICTIONAL)"))
        #expect(screen.contains("46 / 46"))
        #expect(FileManager.default.fileExists(atPath: data + "/cases/MX-2026-0001.json"))
    }

    @Test("filtering to one case shows its detail")
    func filterToOneCase() throws {
        let session = try openBoard(data: try Fixture.sampleBoard(in: directory))
        try session.send("/")
        try session.send("kidnapping tamaulipas", literal: true)
        try session.send("Enter")
        let screen = try session.waitFor(text: "1 / 46")
        #expect(screen.contains("MX-2026-0005"))
        #expect(screen.contains("proof-of-life"))
        #expect(screen.contains("Next action"))
    }

    @Test("the agencies pane finds SEMAR with its full Spanish name")
    func agenciesPaneFindsSemar() throws {
        let session = try openBoard(data: try Fixture.sampleBoard(in: directory))
        try session.send("2")
        try session.waitFor(text: "U.S. agencies")
        try session.send("/")
        try session.send("semar", literal: true)
        try session.send("Enter")
        let screen = try session.waitFor(text: "Secretaría de Marina")
        #expect(screen.contains("SEMAR"))
    }

    @Test("a contact opened from a case comes back to the case with Esc")
    func contactFromCaseAndBack() throws {
        let session = try openBoard(data: try Fixture.sampleBoard(in: directory))
        try session.send("/")
        try session.send("MX-2026-0011", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "1 / 46")
        // Walk the link cursor to the case's first contact.
        func focusedLink(_ screen: String) -> String {
            screen.split(separator: "\n").first { $0.contains("│ ▸") }.map(String.init) ?? ""
        }
        var onContact = false
        for _ in 0..<12 where !onContact {
            let before = focusedLink(try session.screen())
            try session.send("]")
            let after = focusedLink(try session.waitFor(timeout: .seconds(5), "the link cursor to move") { focusedLink($0) != before })
            onContact = after.contains("▸ Rachel Fontaine")
        }
        #expect(onContact, "the link cursor reached the contact")
        try session.send("Enter")
        let contact = try session.waitFor(timeout: .seconds(10), "the contact detail") { $0.contains("rfontaine") || $0.contains("Industry Operations") }
        #expect(contact.contains("Rachel Fontaine"))
        try session.send("Escape")
        let back = try session.waitFor(text: "Straw-purchase network")
        #expect(back.contains("MX-2026-0011"))
    }

    @Test("a terminal too small says so, and the board comes back when it grows")
    func tooSmallAndBack() throws {
        let session = try openBoard(data: try Fixture.sampleBoard(in: directory))
        try session.resize(width: 50, height: 12)
        try session.waitFor(text: "too small")
        try session.resize(width: 100, height: 30)
        let screen = try session.waitFor(text: "MX-2026-")
        #expect(!screen.contains("too small"))
    }

    @Test("q leaves a usable shell: echo on, cursor shown, main screen back")
    func quitRestoresTerminal() throws {
        let session = try openBoard(data: try Fixture.sampleBoard(in: directory))
        try session.send("q")
        try session.waitFor(text: "ENLACE-EXITED=0")
        // The marker is computed, so the echoed command line does not already hold it.
        try session.send("stty -a | tr ' ' '\\n' | grep -x -e echo -e icanon -e -echo; echo STTY-$((40+2))", literal: true)
        try session.send("Enter")
        let screen = try session.waitFor(text: "STTY-42")
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("echo") && lines.contains("icanon"), "the terminal after q:\n\(screen)")
        #expect(!lines.contains("-echo"), "the terminal after q:\n\(screen)")
        #expect(try session.display("#{cursor_flag} #{alternate_on}") == "1 0")
    }

    @Test("Ctrl-C quits the board and restores the terminal")
    func controlCQuits() throws {
        let session = try openBoard(data: try Fixture.sampleBoard(in: directory))
        try session.send("C-c")
        try session.waitFor(text: "ENLACE-EXITED=0")
        #expect(try session.display("#{cursor_flag} #{alternate_on}") == "1 0")
    }

    @Test("SIGTERM and SIGHUP end the board and restore the terminal", arguments: ["TERM", "HUP"])
    func signalsRestore(signal: String) throws {
        let session = try openBoard(data: try Fixture.sampleBoard(in: directory))
        let pid = try session.childProcess()
        #expect(kill(pid, signal == "TERM" ? SIGTERM : SIGHUP) == 0)
        try session.waitFor(text: "ENLACE-EXITED=")
        #expect(try session.display("#{cursor_flag} #{alternate_on}") == "1 0")
    }

    @Test("--lang es shows the board in Spanish, and L switches back and forth")
    func spanishAndSwitch() throws {
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --lang es --data \(TmuxSession.quote(try Fixture.sampleBoard(in: directory)))")
        let spanish = try session.waitFor(text: "Casos")
        #expect(spanish.contains("Dependencias") && spanish.contains("Contactos"))
        #expect(spanish.contains("nov 2026"), "dates as Spanish writes them")
        try session.send("L")
        let english = try session.waitFor(text: "Agencies")
        #expect(english.contains("Cases") && english.contains("Nov "))
        try session.send("L")
        try session.waitFor(text: "Dependencias")
    }

    @Test("hostile text shows as placeholders and never reaches the terminal")
    func hostileData() throws {
        let data = try Fixture.board("hostile", in: directory)
        let session = try openBoard(data: data)
        let titleBefore = try session.display("#{pane_title}")
        let screen = try session.waitFor(text: "Routine meeting")
        #expect(screen.contains("␛"), "ESC shows as a visible placeholder")
        #expect(screen.contains("Cases"), "the screen was not cleared by ESC[2J")
        #expect(try session.display("#{pane_title}") == titleBefore)
        #expect(try session.display("#{pane_title}") != "pwned")
    }
}

@Suite("The board refuses where it cannot run")
struct BoardRefusalTests {
    @Test("no terminal: one line naming the cause, exit 1, nothing created", arguments: [
        ["TERM": "xterm-256color"], ["TERM": "dumb"], ["TERM": "no-such-terminal-xyz"], [:],
    ])
    func refuses(environment: [String: String]) throws {
        let directory = try TemporaryDirectory()
        let outcome = try EnlaceProcess.run(["--data", directory.path + "/board"], environment: environment)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(outcome.standardError.contains("terminal") || outcome.standardError.contains("TERM"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/board"))
    }
}
