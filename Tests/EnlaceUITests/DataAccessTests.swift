import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("Damaged case files and a directory the officer may not write, on the board")
struct DataAccessTests {
    static let damaged = DamagedCaseFile(
        path: "/data/cases/MX-2026-0046.json",
        english: "/data/cases/MX-2026-0046.json:3:7: found '}' where a value should be.",
        spanish: "/data/cases/MX-2026-0046.json:3:7: se encontró '}' donde debía haber un valor.")

    static func damagedBoard(width: Int = 80, height: Int = 24, language: Language = .en) -> AppState {
        var state = TestBoard.state(width: width, height: height, language: language)
        _ = update(&state, .caseFilesUnreadable([damaged]))
        return state
    }

    static func notWritableBoard() -> AppState {
        TestBoard.state(writeRefusal: .notWritable(path: "/srv/enlace"))
    }

    @Test("a damaged case file is counted in the status line, and stays after a key")
    func noticeShows() {
        var state = Self.damagedBoard()
        press([.character("j")], &state)
        let grid = BoardView.render(state)
        #expect(grid.text.contains("1 case file could not be read — press ! to see it"))
        Snapshot.expect(grid, named: "damaged-notice-80x24")
    }

    @Test("the notice is in Spanish on a Spanish board, and counts several files")
    func noticeInSpanish() {
        var state = Self.damagedBoard(language: .es)
        _ = update(&state, .caseFilesUnreadable([Self.damaged, Self.damaged]))
        #expect(BoardView.render(state).text.contains("2 archivos de casos no se pudieron leer"))
    }

    @Test("! lists each damaged file as enlace check names it; ! again closes the list")
    func listShows() {
        var state = Self.damagedBoard()
        press([.character("!")], &state)
        let grid = BoardView.render(state)
        #expect(grid.text.contains("Case files that could not be read"))
        #expect(grid.text.contains("MX-2026-0046.json:3:7"))
        Snapshot.expect(grid, named: "damaged-list-80x24")
        press([.character("!")], &state)
        #expect(!state.isHelpShown)
    }

    @Test("! with every file read says so and opens nothing")
    func nothingToList() {
        var state = TestBoard.state()
        press([.character("!")], &state)
        #expect(!state.isHelpShown)
        #expect(state.statusMessage == StatusMessage(.noDamagedFiles))
    }

    @Test("files read again without damage take the notice away")
    func noticeGoes() {
        var state = Self.damagedBoard()
        _ = update(&state, .caseFilesUnreadable([]))
        #expect(!BoardView.render(state).text.contains("could not be read"))
    }

    @Test("a directory the officer may not write: READ-ONLY on top, an edit key says why and opens nothing")
    func readOnlyHeader() {
        var state = Self.notWritableBoard()
        let effects = press([.character("a")], &state)
        #expect(effects.isEmpty)
        #expect(state.editing == nil)
        let grid = BoardView.render(state)
        #expect(grid.text.split(separator: "\n").first?.contains("READ-ONLY") == true)
        #expect(grid.text.contains("you may not write /srv/enlace"))
        Snapshot.expect(grid, named: "not-writable-80x24")
    }

    @Test("a directory the officer may not write still quits with q; no key left in it changes data")
    func readOnlyQuits() {
        var state = Self.notWritableBoard()
        #expect(press([.character("q")], &state) == [.quit])
        #expect(Self.notWritableBoard().keymap.bindings.allSatisfy { !$0.changesData })
    }

    @Test("a directory the officer may not write still shows a case's history with h: reading needs no write")
    func readOnlyHistory() throws {
        var state = Self.notWritableBoard()
        let selected = try #require(state.selectedCase)
        #expect(press([.character("h")], &state) == [.loadHistory(.case(id: selected.id))])
        #expect(state.statusMessage?.isError != true)
    }
}

@Suite("The wall screen")
struct KioskKeymapTests {
    @Test("the kiosk keeps h, Ctrl-Z and q away although none of them changes data")
    func kioskRefusesHistory() {
        let keys = KioskKeys.keymap().bindings.map(\.intent)
        #expect(!keys.contains(.showHistory))
        #expect(!keys.contains(.suspend))
        #expect(!keys.contains(.quit))
        #expect(keys.contains(.repaint))
    }
}
