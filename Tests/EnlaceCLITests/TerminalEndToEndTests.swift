import Foundation
import Testing

/// The terminal's own keys and conventions with the real binary in tmux: Ctrl-Z and `fg` from a
/// job-control shell, Ctrl-L after something else wrote on the screen, the vt forms of Home and
/// End that tmux sends under `TERM=xterm-256color`, an escape sequence the board does not know,
/// and a terminal without an alternate screen. `scripts/test` runs these against the release
/// binary as well as the debug one.
@Suite("The board in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalEndToEndTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    var boardCommand: String { "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data))" }

    /// The board with the note form open on MX-2026-0005 and `text` typed into it.
    func noteForm(typed text: String) throws -> TmuxSession {
        let session = try TmuxSession(command: boardCommand)
        try session.waitFor(text: "MX-2026-")
        try session.send("/")
        try session.send("MX-2026-0005", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "1 / ")
        try session.send("a")
        try session.waitFor(text: "Note on MX-2026-0005")
        try session.send(text, literal: true)
        try session.waitFor(text: text)
        return session
    }

    @Test("Ctrl-Z gives the shell back with the terminal restored, and fg brings the board back working")
    func suspendAndResume() throws {
        let session = try TmuxSession(command: "PS1='shell$ ' exec bash --norc --noprofile -i")
        try session.waitFor(text: "shell$")
        try session.send(boardCommand, literal: true)
        try session.send("Enter")
        try session.waitFor(text: "MX-2026-")
        try session.send("C-z")
        let suspended = try session.waitFor(text: "Stopped")
        #expect(!suspended.contains("MX-2026-0005"), "the board stayed on the screen:\n\(suspended)")
        #expect(try session.display("#{alternate_on} #{cursor_flag}") == "0 1")

        try session.send("fg", "Enter")
        try session.waitFor(text: "MX-2026-0005")
        #expect(try session.display("#{alternate_on}") == "1")
        try session.send("/")
        try session.send("MX-2026-0005", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "1 / ")
        try session.send("q")
        // The board quit and the shell prompts again on a fresh line.
        try session.waitFor(timeout: .seconds(10), "the shell's prompt after the board quit") {
            $0.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })?
                .trimmingCharacters(in: .whitespaces) == "shell$"
        }
        #expect(try session.display("#{alternate_on}") == "0")
    }

    @Test("Ctrl-L paints over what another program wrote on the board's terminal")
    func repaintAfterGarbage() throws {
        let session = try TmuxSession(command: boardCommand)
        try session.waitFor(text: "MX-2026-0005")
        let tty = try session.display("#{pane_tty}")
        let handle = try #require(FileHandle(forWritingAtPath: tty), "cannot open \(tty)")
        handle.write(Data("\u{1B}[5;5HBACKGROUND-JOB-OUTPUT".utf8))
        try handle.close()
        try session.waitFor(text: "BACKGROUND-JOB-OUTPUT")
        try session.send("C-l")
        let repainted = try session.waitFor(timeout: .seconds(5), "the garbage to be painted over") { !$0.contains("BACKGROUND-JOB-OUTPUT") }
        #expect(repainted.contains("MX-2026-0005"))
    }

    @Test("Home and End as tmux sends them (ESC [1~ and ESC [4~) move in a form instead of closing it")
    func homeAndEndInAForm() throws {
        let session = try noteForm(typed: "middle")
        try session.send("Home")
        try session.send("first ", literal: true)
        try session.send("End")
        try session.send(" last", literal: true)
        let screen = try session.waitFor(text: "first middle last")
        #expect(screen.contains("Note on MX-2026-0005"), "the form closed:\n\(screen)")
        #expect(!screen.contains("[1~") && !screen.contains("[4~"))
        try session.send("Enter")
        try session.waitFor(text: "note added to MX-2026-0005")
        let shown = try EnlaceProcess.run(["show", "MX-2026-0005", "--data", data])
        #expect(shown.standardOutput.contains("first middle last"))
    }

    @Test("an escape sequence the board does not know is dropped whole: the form stays open and no part of it is typed")
    func unknownSequenceDropped() throws {
        let session = try noteForm(typed: "kept")
        // ESC [ 9 9 ~ and ESC [ 1 ; 5 X in one write each, as a terminal sends them.
        try session.send("-H", "1b", "5b", "39", "39", "7e")
        try session.send("-H", "1b", "5b", "31", "3b", "35", "58")
        try session.send("!", literal: true)
        let screen = try session.waitFor(text: "kept!")
        #expect(screen.contains("Note on MX-2026-0005"), "the form closed:\n\(screen)")
        #expect(!screen.contains("[99~") && !screen.contains("99~") && !screen.contains(";5X"))
    }

    @Test("on terminals without an alternate screen the board clears what it drew when it quits",
          arguments: ["vt100", "linux"])
    func clearsWithoutAlternateScreen(term: String) throws {
        let session = try TmuxSession(command: boardCommand, environment: ["TERM": term])
        try session.waitFor(text: "MX-2026-0005")
        try session.send("q")
        let after = try session.waitFor(text: "ENLACE-EXITED=0")
        #expect(!after.contains("MX-2026-"), "the board's last frame stayed on the screen:\n\(after)")
    }
}
