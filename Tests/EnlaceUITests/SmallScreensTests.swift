import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("Empty panes, narrow lists and note times, as the officer reads them")
struct SmallScreensTests {
    static func emptyBoard(language: Language = .en, keymap: Keymap? = nil) -> AppState {
        let data = BoardData(board: TestBoard.data.board, registry: TestBoard.data.registry, contacts: [], cases: [])
        return AppState(data: data, size: ScreenSize(width: 80, height: 24), language: language, today: TestBoard.today, keymap: keymap)
    }

    @Test("a board without cases says which key adds the first one, in both languages")
    func emptyBoardNamesTheKey() {
        #expect(BoardView.render(Self.emptyBoard()).text.contains("no cases yet — press n to add the first"))
        #expect(BoardView.render(Self.emptyBoard(language: .es)).text.contains("todavía no hay casos; pulse n para agregar el primero"))
        var contacts = Self.emptyBoard()
        press([.character("3")], &contacts)
        #expect(BoardView.render(contacts).text.contains("no contacts yet — press n to add the first"))
    }

    @Test("a board that may not be written does not invite the officer to add a case")
    func notWritableEmptyBoard() {
        let state = Self.emptyBoard(keymap: Keymap.board.withoutChanges(.notWritable(path: "/srv/enlace")))
        let text = BoardView.render(state).text
        #expect(text.contains("nothing matches"))
        #expect(!text.contains("press n"))
    }

    @Test("a filter that hides every case still says nothing matches")
    func filteredOut() {
        var state = TestBoard.state()
        press([.character("/")], &state)
        type("zzzz-no-such-case", &state)
        #expect(BoardView.render(state).text.contains("nothing matches"))
    }

    @Test("at 80 columns the list keeps STATUS and writes AMBER+STRICT as AMBER+S", arguments: [Language.en, .es])
    func eightyColumnsKeepStatus(_ language: Language) {
        let lines = BoardView.render(TestBoard.state(language: language)).text.split(separator: "\n")
        let header = lines[1]
        #expect(header.contains(language == .en ? "STATUS" : "ESTADO"))
        #expect(lines.contains { $0.hasPrefix("MX-2026-0007") && $0.contains(" AMBER+S ") })
        #expect(!lines.contains { $0.contains("AMBER+STRICT") && $0.hasPrefix("MX-") })
    }

    @Test("a wide list shows the marking in full")
    func wideListShowsFullMarking() {
        let text = BoardView.render(TestBoard.state(width: 200, height: 40)).text
        #expect(text.contains("AMBER+STRICT"))
    }

    @Test("a note shows the minute it was written, in UTC")
    func noteTime() {
        #expect(DateText.minute(Timestamp(iso: "2026-11-29T14:05:09Z")!, .en) == "Nov 29, 2026 14:05 UTC")
        #expect(DateText.minute(Timestamp(iso: "2026-11-29T09:00:00-06:00")!, .es) == "29 nov 2026 15:00 UTC")
        let detail = BoardView.render(TestBoard.state(width: 200, height: 60)).text
        #expect(detail.contains("Nov 22, 2026 17:30 UTC · mjpena"))
    }
}
