import EnlaceModel
import EnlaceStore
import EnlaceUI
@testable import EnlaceApp
import Foundation
import Testing

/// The board's runtime without a terminal: keys in, screens out, files on disk checked.
@Suite("The board at run time, headless")
struct BoardRuntimeTests {
    @Test("the first screen shows the board's cases; q ends the run")
    func firstScreenAndQuit() throws {
        let board = try ScratchBoard()
        let terminal = ScriptedTerminal([.waitFor("MX-2026-0001"), ScriptedTerminal.key(.character("q"))])
        try BoardRuntime(terminal: terminal, store: board.store, options: BoardOptions(explicitLanguage: .en)).run()
        #expect(terminal.screen.contains("MX-2026-0001"))
        #expect(terminal.paints.count >= 1)
    }

    @Test("a note typed on the board lands in the selected case's file, by this officer")
    func noteLandsOnDisk() throws {
        let board = try ScratchBoard()
        // Tall enough for the detail to reach the notes.
        let terminal = ScriptedTerminal(height: 120, [
            ScriptedTerminal.key(.character("a")), .event(.paste("Llamada con FGR")), ScriptedTerminal.key(.enter),
            .waitFor("Llamada con FGR"), ScriptedTerminal.key(.character("q")),
        ])
        let runtime = try BoardRuntime(terminal: terminal, store: board.store, options: BoardOptions(explicitLanguage: .en))
        let before = try #require(runtime.state.selectedCase)
        runtime.run()
        let after = try board.store.loadCase(id: before.id)
        #expect(after.notes.count == before.notes.count + 1)
        #expect(after.notes.last?.text == "Llamada con FGR")
        #expect(after.notes.last?.author == board.store.user)
        #expect(after.version == before.version + 1)
    }

    @Test("another officer's save shows on the next ticks, without a key")
    func otherOfficersSave() throws {
        let board = try ScratchBoard()
        let other = board.otherOfficer()
        let terminal = ScriptedTerminal(height: 120, [
            .waitFor("Visto por BETO"),
            ScriptedTerminal.key(.character("q")),
        ])
        let runtime = try BoardRuntime(terminal: terminal, store: board.store, options: BoardOptions(explicitLanguage: .en))
        let id = try #require(runtime.state.selectedCase?.id)
        _ = try other.appendNote(caseID: id, note: Note(at: .now(), author: "beto", text: "Visto por BETO"))
        runtime.run()
        #expect(terminal.screen.contains("Visto por BETO"))
    }

    @Test("a signal keeps what was being typed; the next start offers it and r restores it")
    func draftKeptAndRestored() throws {
        let board = try ScratchBoard()
        let typing = ScriptedTerminal([
            .waitFor("MX-2026-0001"), ScriptedTerminal.key(.character("a")), .event(.paste("a medio escribir")),
            .event(.signal(.hangUp)),
        ])
        try BoardRuntime(terminal: typing, store: board.store, options: BoardOptions(explicitLanguage: .en)).run()
        #expect(board.store.loadDraft() != nil)

        let restoring = ScriptedTerminal([
            .waitFor("unsaved draft"), ScriptedTerminal.key(.character("r")), .waitFor("a medio escribir"),
            ScriptedTerminal.key(.escape), ScriptedTerminal.key(.character("y")), ScriptedTerminal.key(.character("q")),
        ])
        try BoardRuntime(terminal: restoring, store: board.store, options: BoardOptions(explicitLanguage: .en)).run()
        #expect(restoring.paints.contains { $0.text.contains("a medio escribir") })
        #expect(board.store.loadDraft() == nil)
    }

    @Test("any other key drops the offered draft, and it is not offered again")
    func draftDropped() throws {
        let board = try ScratchBoard()
        let typing = ScriptedTerminal([
            .waitFor("MX-2026-0001"), ScriptedTerminal.key(.character("a")), .event(.paste("borrador")),
            .event(.signal(.terminate)),
        ])
        try BoardRuntime(terminal: typing, store: board.store, options: BoardOptions(explicitLanguage: .en)).run()
        let dropping = ScriptedTerminal([.waitFor("unsaved draft"), ScriptedTerminal.key(.character("j")), ScriptedTerminal.key(.character("q"))])
        try BoardRuntime(terminal: dropping, store: board.store, options: BoardOptions(explicitLanguage: .en)).run()
        #expect(board.store.loadDraft() == nil)
        #expect(!(dropping.screen.contains("borrador")))
    }

    @Test("Ctrl-L repaints the whole screen and Ctrl-Z suspends, through the terminal")
    func terminalEffects() throws {
        let board = try ScratchBoard()
        let terminal = ScriptedTerminal([
            .waitFor("MX-2026-0001"), ScriptedTerminal.key(.control("l")), ScriptedTerminal.key(.control("z")),
            ScriptedTerminal.key(.character("q")),
        ])
        try BoardRuntime(terminal: terminal, store: board.store, options: BoardOptions(explicitLanguage: .en)).run()
        #expect(terminal.redraws == 1)
        #expect(terminal.suspends == 1)
    }

    @Test("a paste outside a text field is typing: each character is a key")
    func pasteIsTyping() throws {
        let board = try ScratchBoard()
        let terminal = ScriptedTerminal([.waitFor("MX-2026-0001"), .event(.paste("jjq"))])
        let runtime = try BoardRuntime(terminal: terminal, store: board.store, options: BoardOptions(explicitLanguage: .en))
        runtime.run()
        #expect(runtime.state.positions[.cases].selected == 2)
    }

    @Test("a paste on the board that starts a filter types the rest of it into the filter")
    func pasteStartsAFilter() throws {
        let board = try ScratchBoard()
        let terminal = ScriptedTerminal([.waitFor("MX-2026-0001"), .event(.paste("/0002")), ScriptedTerminal.key(.control("c"))])
        let runtime = try BoardRuntime(terminal: terminal, store: board.store, options: BoardOptions(explicitLanguage: .en))
        runtime.run()
        #expect(runtime.state.inputMode == .filter)
        #expect(runtime.state.filters[.cases].editor.text == "0002")
    }

    @Test("a paste at the draft offer does not answer it: r afterwards restores the draft")
    func pasteLeavesTheOffer() throws {
        let board = try ScratchBoard()
        let typing = ScriptedTerminal([
            .waitFor("MX-2026-0001"), ScriptedTerminal.key(.character("a")), .event(.paste("a medio escribir")),
            .event(.signal(.interrupt)),
        ])
        try BoardRuntime(terminal: typing, store: board.store, options: BoardOptions(explicitLanguage: .en)).run()

        let restoring = ScriptedTerminal([
            .waitFor("unsaved draft"), .event(.paste("jjq")), ScriptedTerminal.key(.character("r")),
            .waitFor("a medio escribir"), ScriptedTerminal.key(.control("c")),
        ])
        let runtime = try BoardRuntime(terminal: restoring, store: board.store, options: BoardOptions(explicitLanguage: .en))
        runtime.run()
        #expect(runtime.state.inputMode == .form)
        #expect(restoring.paints.contains { $0.text.contains("a medio escribir") })
        // Ctrl-C in the restored form keeps it again, for the next start.
        #expect(board.store.loadDraft() != nil)
    }
}
