import Foundation
import Testing

/// The board's `x` in a real terminal: the prompt's answers decide the file, which lands in
/// `exports/` (or `--export-dir`) and is named in the status line.
@Suite("Exporting a brief from the board", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ExportEndToEndTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    /// Opens the board, selects `id`, and exports it as text, in Spanish, releasable.
    func exportReleasableSpanishText(_ id: String, extraArguments: String = "") throws -> TmuxSession {
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data)) \(extraArguments)",
            width: 160, height: 40)
        try session.waitFor(text: "Cases")
        try session.send("/")
        try session.send(id, literal: true)
        try session.send("Enter")
        try session.waitFor(text: "1 / 46")
        try session.send("x")
        try session.waitFor(text: "Export \(id)")
        try session.send("Right", "Down", "Right", "Down", "Space")
        try session.waitFor(text: "Releasable to Mexico  yes")
        try session.send("Enter")
        return session
    }

    @Test("x writes the brief into exports/ under the data directory, names it on screen, and never overwrites")
    func exportIntoDataDirectory() throws {
        let session = try exportReleasableSpanishText("MX-2026-0011")
        let expected = data + "/exports/MX-2026-0011.releasable.es.txt"
        try session.waitFor(text: "Brief written: " + expected)
        let text = try String(contentsOfFile: expected, encoding: .utf8)
        #expect(text.contains("MX-2026-0011"))

        // The prompt opens on the last brief's answers: the same keys would change them again.
        try session.send("x")
        try session.waitFor(text: "Export MX-2026-0011")
        let prompt = try session.waitFor(text: "Releasable to Mexico  yes")
        #expect(prompt.contains("md [txt] html json"))
        #expect(prompt.contains("en [es]"))
        try session.send("Enter")
        try session.waitFor(text: "Brief written: " + data + "/exports/MX-2026-0011-2.releasable.es.txt")
        #expect(try String(contentsOfFile: expected, encoding: .utf8) == text)
    }

    @Test("with --export-dir the brief goes there; Esc closes the prompt without writing")
    func exportDirOption() throws {
        let target = directory.path + "/briefs"
        let session = try exportReleasableSpanishText("MX-2026-0011", extraArguments: "--export-dir \(TmuxSession.quote(target))")
        try session.waitFor(text: "Brief written: " + target + "/MX-2026-0011.releasable.es.txt")
        #expect(FileManager.default.fileExists(atPath: target + "/MX-2026-0011.releasable.es.txt"))
        #expect(!FileManager.default.fileExists(atPath: data + "/exports"))

        try session.send("x")
        try session.waitFor(text: "Export MX-2026-0011")
        try session.send("Escape")
        try session.waitFor(timeout: .seconds(5), "the prompt to close") { !$0.contains("Export MX-2026-0011") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).count == 1)
    }
}
