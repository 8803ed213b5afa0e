import EnlaceModel
import EnlaceUI
@testable import EnlaceApp
import Foundation
import Testing

/// The wall display's runtime without a terminal.
@Suite("The kiosk at run time, headless")
struct KioskRuntimeTests {
    private func options(exitKey: Key? = .character("Q")) -> KioskOptions {
        KioskOptions(policy: KioskPolicy(ceiling: .green), rotateSeconds: 15, exitKey: exitKey, explicitLanguage: .en)
    }

    /// Every file of the directory with its bytes.
    private func contents(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                files[url.path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test("the exit key is the one key that ends it; q, Ctrl-C and a paste do not; nothing is written")
    func exitKey() throws {
        let board = try ScratchBoard()
        let before = try contents(board.directory)
        let terminal = ScriptedTerminal([
            .waitFor("MX-2026-"), ScriptedTerminal.key(.character("q")), ScriptedTerminal.key(.control("c")),
            .event(.paste("anq")), .waitFor("MX-2026-"), ScriptedTerminal.key(.character("Q")),
            .event(.tick), .event(.tick),
        ])
        KioskRuntime.run(terminal: terminal, directory: board.directory, options: options())
        #expect(terminal.paints.count >= 1)
        // The ticks after Q were never asked for: the run ended at Q.
        #expect(terminal.nextEvent(timeout: nil) == .tick)
        #expect(try contents(board.directory) == before)
    }

    @Test("a damaged case file is a notice on the screen, and the other cases still show")
    func damagedFile() throws {
        let board = try ScratchBoard()
        let damaged = board.directory.appendingPathComponent("cases/MX-2026-0011.json")
        try Data("{ not json".utf8).write(to: damaged)
        let terminal = ScriptedTerminal([.waitFor("MX-2026-0011.json"), ScriptedTerminal.key(.character("Q"))])
        KioskRuntime.run(terminal: terminal, directory: board.directory, options: options())
        #expect(terminal.screen.contains("cases/MX-2026-0011.json"))
        #expect(terminal.screen.contains("MX-2026-00"))
    }

    @Test("a directory that is gone is a notice, not an end: the display waits for it")
    func missingDirectory() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-absent-\(UUID().uuidString)")
        let terminal = ScriptedTerminal([.waitFor(missing.lastPathComponent), ScriptedTerminal.key(.character("Q"))])
        KioskRuntime.run(terminal: terminal, directory: missing, options: options())
        #expect(terminal.screen.contains(missing.lastPathComponent))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }
}
