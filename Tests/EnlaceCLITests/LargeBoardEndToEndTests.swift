import Foundation
import Testing

/// A board above the size the board reads whole before its first paint: the first screen comes
/// from the list index's rows, the whole cases follow, and editing opens once they are there.
@Suite("A large board in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LargeBoardEndToEndTests {
    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    @Test("a 3,000-case board paints its rows, reads the whole cases behind them, then edits and shows another officer's note")
    func largeBoard() throws {
        let data = directory.path + "/large"
        let generated = try EnlaceProcess.run(["generate", "--data", data, "--cases", "3000", "--contacts", "40", "--seed", "5"])
        try #require(generated.status == 0, "enlace generate failed: \(generated.standardError)")

        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data))", width: 160, height: 45)
        try session.waitFor(text: "3000")
        // The badge goes once the whole cases are read; then the detail has the case's summary.
        let whole = try session.waitFor(timeout: .seconds(60), "the whole cases") {
            !$0.contains("reading cases…") && $0.contains("Summary")
        }
        #expect(!whole.contains("Reading the whole case"))

        try session.send("e")
        try session.waitFor(text: "Edit case MX-")

        // Another officer adds a note to the case on screen; it shows within seconds.
        try session.send("Escape")
        try session.send("/")
        try session.send("MX-2026-1234", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "1 / 3000")
        let note = try EnlaceProcess.run(["note", "MX-2026-1234", "Nota de otra oficina: revisar manifiesto", "--data", data])
        try #require(note.status == 0, "enlace note failed: \(note.standardError)")
        try session.waitFor(text: "revisar manifiesto", timeout: .seconds(10))
    }
}
