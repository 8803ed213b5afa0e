import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

/// A large board paints from its list index's rows before its case files are read: each case
/// is a skeleton until the whole cases arrive with `dataChanged`.
@Suite("The board while its cases are still being read")
struct LoadingCasesTests {
    /// The test board as a list index gives it: the list fields only.
    private static var skeletonData: BoardData {
        var data = TestBoard.data
        data.cases = CaseTable(data.cases.map { record in
            var skeleton = record
            skeleton.summary = ""
            skeleton.summaryEs = nil
            skeleton.nextAction = ""
            skeleton.notes = []
            skeleton.contacts = []
            skeleton.links = []
            return skeleton
        })
        return data
    }

    private func loadingState(writeRefusal: DisabledReason? = nil, width: Int = 120, height: Int = 40) -> AppState {
        AppState(data: Self.skeletonData, size: ScreenSize(width: width, height: height), language: .en,
                 today: TestBoard.today, writeRefusal: writeRefusal, loadingCases: true)
    }

    @Test("the list, the filter and the badge show at once; the detail says the whole case is being read")
    func firstScreen() {
        var state = loadingState()
        let screen = BoardView.render(state).text
        #expect(screen.contains("reading cases…"))
        #expect(screen.contains("Reading the whole case"))
        #expect(screen.contains("MX-2026-0007"))
        type("/manzanillo", &state)
        #expect(listedCaseIDs(state) == ["MX-2026-0001"])
    }

    @Test("edits, undo and briefs wait for the whole cases, with a message; nothing is asked of the store", arguments: [
        Key.character("e"), .character("n"), .character("a"), .character("S"), .character("p"), .character("m"),
        .character("d"), .character("u"), .character("x"),
    ])
    func editsWait(key: Key) {
        var state = loadingState()
        let effects = press([key], &state)
        #expect(effects.isEmpty)
        #expect(state.editing == nil)
        #expect(state.exportPrompt == nil)
        #expect(state.statusMessage == StatusMessage(.editingWaitsForCases, isError: true))
    }

    @Test("no case the board shows while reading is whole, so no editor opens on one even past the key gate",
          arguments: [Intent.editRecord, .addNote, .changeStatus, .changePriority, .changeMarking, .setNextAction])
    func noWholeCaseWhileLoading(action: Intent) {
        var state = loadingState()
        #expect(state.selectedCase != nil)
        #expect(state.selectedWholeCase == nil)
        #expect(state.data.cases.indices.allSatisfy { state.wholeCase(at: $0) == nil })
        // `openEditor` is what `update` calls once `needsWholeCases` lets an action through.
        #expect(state.openEditor(action) == [])
        #expect(state.editing == nil)
        #expect(state.statusMessage == StatusMessage(.editingWaitsForCases, isError: true))
    }

    @Test("once the whole cases arrive, the selected case is whole")
    func wholeAfterLoading() {
        var state = loadingState()
        _ = update(&state, .dataChanged(TestBoard.data))
        #expect(state.selectedWholeCase?.record == state.selectedCase)
    }

    @Test("history is read from the audit log, so h works while the cases are read")
    func historyWorks() {
        var state = loadingState()
        #expect(!press([.character("h")], &state).isEmpty)
    }

    @Test("a board that may not be written says so, not that it waits for the cases")
    func writeRefusalFirst() {
        var state = loadingState(writeRefusal: .notWritable(path: "/srv/enlace"))
        press([.character("e")], &state)
        #expect(state.statusMessage?.phrase != .editingWaitsForCases)
    }

    @Test("the whole cases replace the skeletons, keep the selection and open editing")
    func wholeCasesArrive() {
        var state = loadingState()
        type("jj", &state)
        let selected = state.selectedCase?.id
        _ = update(&state, .dataChanged(TestBoard.data))
        #expect(!state.isLoadingCases)
        #expect(state.selectedCase?.id == selected)
        let screen = BoardView.render(state).text
        #expect(!screen.contains("reading cases…"))
        #expect(!screen.contains("Reading the whole case"))
        press([.character("e")], &state)
        #expect(state.editing != nil)
    }
}

@Suite("The board when its data cannot be read again")
struct LoadFailedTests {
    @Test("a failed reload says why on the status line and keeps what the board shows")
    func keepsWhatItShows() {
        var state = TestBoard.state()
        let before = state.data
        _ = update(&state, .loadFailed(reason: "contacts.json:3:5: unexpected character"))
        #expect(state.statusMessage == StatusMessage(.notLoaded, [.init("reason", "contacts.json:3:5: unexpected character")], isError: true))
        #expect(state.data == before)
        #expect(BoardView.render(state).text.contains("could not read the board again"))
    }
}
