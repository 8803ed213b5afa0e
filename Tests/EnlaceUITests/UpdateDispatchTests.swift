import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

/// `update` hands each intent to the reducer of the input mode, and every reply to the state
/// whatever the mode.
@Suite("update: intents by input mode, replies in every mode")
struct UpdateDispatchTests {
    /// A state in each input mode, reached as an officer would reach it.
    static func state(in mode: InputMode) -> AppState {
        var state = TestBoard.state(width: 120, height: 40)
        switch mode {
        case .board: break
        case .filter: _ = update(&state, .startFilter)
        case .help: _ = update(&state, .toggleHelp)
        case .form: _ = update(&state, .editRecord)
        case .confirm: _ = apply([.editRecord, .editInsert("x"), .editCancel], to: &state)
        case .conflict:
            let base = TestBoard.cases[0]
            var mine = base
            mine.nextAction = "mine"
            var theirs = base
            theirs.nextAction = "theirs"
            theirs.version += 1
            _ = update(&state, .saveConflict(CaseSave(record: mine, base: .answered(base)), theirs: theirs))
        case .history: _ = update(&state, .historyLoaded(.case(id: TestBoard.cases[0].id), lines: []))
        case .export: _ = update(&state, .startExport)
        case .draftOffer: _ = update(&state, .offerDraft(draft))
        case .quickStatus: _ = update(&state, .changeStatus)
        case .quickPriority: _ = update(&state, .changePriority)
        case .quickMarking: _ = update(&state, .changeMarking)
        case .undoConfirmation:
            // A change to the selected case, then another pane: u asks before taking it back.
            guard let base = state.selectedCase else { break }
            var saved = base
            saved.nextAction = "mine"
            saved.version += 1
            _ = update(&state, .caseSaved(CaseSave(record: saved, base: .answered(base)), saved))
            _ = apply([.showPane(.agencies), .undo], to: &state)
        }
        return state
    }

    static let draft = EditDraft(purpose: "nextAction", recordID: TestBoard.cases[1].id, fields: ["nextAction": "call SRE"])

    @Test("the state of each mode is in that mode", arguments: InputMode.allCases)
    func modes(mode: InputMode) {
        #expect(Self.state(in: mode).inputMode == mode)
    }

    @Test("moving down moves the list's selection on the board only", arguments: InputMode.allCases)
    func moveDownOnTheBoardOnly(mode: InputMode) {
        var state = Self.state(in: mode)
        let before = state.positions.cases.selected
        _ = update(&state, .moveDown)
        #expect((state.positions.cases.selected != before) == (mode == .board))
    }

    @Test("filter text is typed only while a filter is typed", arguments: InputMode.allCases)
    func filterTextInFilterModeOnly(mode: InputMode) {
        var state = Self.state(in: mode)
        _ = update(&state, .filterInsert("0002"))
        #expect((state.filters.cases.editor.text == "0002") == (mode == .filter))
    }

    @Test("form text is typed only into an open form", arguments: InputMode.allCases)
    func formTextInFormModeOnly(mode: InputMode) {
        var state = Self.state(in: mode)
        let before = state.editing
        _ = update(&state, .editInsert("z"))
        #expect((state.editing != before) == (mode == .form))
    }

    @Test("quit works in every mode but the draft offer, whose keys only answer it", arguments: InputMode.allCases)
    func quitEverywhereButTheOffer(mode: InputMode) {
        var state = Self.state(in: mode)
        let effects = update(&state, .quit)
        if mode == .draftOffer {
            #expect(effects.isEmpty)
        } else {
            #expect(effects.last == .quit)
        }
    }

    @Test("quitting with a changed form keeps it as a draft first")
    func quitKeepsDraft() throws {
        var state = Self.state(in: .form)
        _ = update(&state, .editInsert("pendiente"))
        let draft = try #require(state.draft)
        #expect(update(&state, .quit) == [.keepDraft(draft), .quit])
    }

    @Test("a signal or the end of input keeps the changed form as a draft, and ends the board")
    func sessionEndedKeepsDraft() throws {
        var state = Self.state(in: .form)
        _ = update(&state, .editInsert("pendiente"))
        let draft = try #require(state.draft)
        #expect(update(&state, .sessionEnded) == [.keepDraft(draft), .quit])
        var idle = Self.state(in: .board)
        #expect(update(&idle, .sessionEnded) == [.quit])
    }

    @Test("every intent clears the status message; no reply does")
    func statusMessage() {
        var state = Self.state(in: .board)
        state.statusMessage = StatusMessage(.sortOnlyCases)
        _ = update(&state, .resize(width: 100, height: 30))
        _ = update(&state, .tick(today: TestBoard.today))
        _ = update(&state, .caseFilesUnreadable([]))
        #expect(state.statusMessage?.phrase == .sortOnlyCases)
        _ = update(&state, .toggleDetailZoom)
        #expect(state.statusMessage == nil)
    }

    @Test("a resize, the clock and the damaged files reach the state in every mode", arguments: InputMode.allCases)
    func repliesInEveryMode(mode: InputMode) {
        var state = Self.state(in: mode)
        let damaged = DamagedCaseFile(path: "cases/MX-2026-0404.json", english: "not JSON", spanish: "no es JSON")
        let tomorrow = TestBoard.today.adding(days: 1)
        _ = update(&state, .resize(width: 100, height: 30))
        _ = update(&state, .tick(today: tomorrow))
        _ = update(&state, .caseFilesUnreadable([damaged]))
        #expect(state.size == ScreenSize(width: 100, height: 30))
        #expect(state.today == tomorrow)
        #expect(state.damagedCaseFiles == [damaged])
        #expect(state.inputMode == mode)
    }

    @Test("a search index built while any mode is open is taken", arguments: InputMode.allCases)
    func searchIndexInEveryMode(mode: InputMode) {
        var state = Self.state(in: mode)
        _ = update(&state, .searchIndexBuilt(.init(indexing: state.data.cases, generation: state.dataGeneration)))
        #expect(state.searchIndexInUse != nil)
    }

    @Test("new data reaches the board in every mode", arguments: InputMode.allCases)
    func newDataInEveryMode(mode: InputMode) {
        var state = Self.state(in: mode)
        _ = update(&state, .dataChanged(TestBoard.afterOthersSaved(state.data)))
        #expect(state.data.cases.contains { $0.id == "MX-2026-9999" })
    }

    @Test("a reply that changes the data asks for a new search index; one that does not, none")
    func searchIndexRebuild() {
        var state = Self.state(in: .board)
        #expect(update(&state, .dataChanged(TestBoard.afterOthersSaved(state.data))) == [.buildSearchIndex])
        #expect(update(&state, .resize(width: 100, height: 30)) == [])
        var saved = state.data.cases[0]
        saved.version += 1
        #expect(update(&state, .caseSaved(CaseSave(record: saved, base: .answered(state.data.cases[0])), saved)) == [.buildSearchIndex])
    }

    @Test("the first whole cases after skeletons give memory back, and again when their index comes")
    func releaseFreedMemory() {
        var state = AppState(data: TestBoard.data, size: ScreenSize(width: 80, height: 24), language: .en,
                             today: TestBoard.today, loadingCases: true)
        #expect(update(&state, .dataChanged(TestBoard.data)) == [.releaseFreedMemory, .buildSearchIndex])
        let stale = CaseSearch.Built(indexing: state.data.cases, generation: state.dataGeneration - 1)
        #expect(update(&state, .searchIndexBuilt(stale)) == [])
        let fresh = CaseSearch.Built(indexing: state.data.cases, generation: state.dataGeneration)
        #expect(update(&state, .searchIndexBuilt(fresh)) == [.releaseFreedMemory])
        #expect(update(&state, .dataChanged(TestBoard.data)) == [.buildSearchIndex])
    }
}

@Suite("The offer of a kept draft")
struct DraftOfferTests {
    @Test("r restores, Esc and any other key drop; Ctrl-L still repaints")
    func keys() {
        let keymap = Keymap.board
        #expect(keymap.intent(for: .character("r"), in: .draftOffer) == .restoreDraft)
        #expect(keymap.intent(for: .escape, in: .draftOffer) == .dropDraft)
        #expect(keymap.intent(for: .character("j"), in: .draftOffer) == .dropDraft)
        #expect(keymap.intent(for: .character("q"), in: .draftOffer) == .dropDraft)
        #expect(keymap.intent(for: .enter, in: .draftOffer) == .dropDraft)
        #expect(keymap.intent(for: .control("l"), in: .draftOffer) == .repaint)
    }

    @Test("restoring opens the draft's form and removes the kept draft")
    func restore() {
        var state = UpdateDispatchTests.state(in: .draftOffer)
        #expect(update(&state, .restoreDraft) == [.removeDraft])
        #expect(state.inputMode == .form)
        #expect(state.offeredDraft == nil)
    }

    @Test("dropping it leaves the board as it was and removes the kept draft")
    func drop() {
        var state = UpdateDispatchTests.state(in: .draftOffer)
        #expect(update(&state, .dropDraft) == [.removeDraft])
        #expect(state.inputMode == .board)
        #expect(state.editing == nil)
    }

    @Test("a draft kept while the cases are read is offered once they are whole")
    func waitsForWholeCases() {
        var state = AppState(data: TestBoard.data, size: ScreenSize(width: 80, height: 24), language: .en,
                             today: TestBoard.today, loadingCases: true)
        _ = update(&state, .offerDraft(UpdateDispatchTests.draft))
        #expect(state.inputMode == .board)
        _ = update(&state, .dataChanged(TestBoard.data))
        #expect(state.inputMode == .draftOffer)
        #expect(state.statusMessage?.phrase == .draftOffer)
    }

    @Test("a board that cannot save offers no draft")
    func readOnlyOffersNothing() {
        var state = TestBoard.state(writeRefusal: .notWritable(path: "/srv/enlace"))
        _ = update(&state, .offerDraft(UpdateDispatchTests.draft))
        #expect(state.inputMode == .board)
    }

    @Test("the ? help lists the offer's keys")
    func listedInHelp() {
        var state = TestBoard.state(width: 120, height: 40)
        _ = apply([.toggleHelp, .moveToBottom], to: &state)
        let screen = BoardView.render(state).text
        #expect(screen.contains("Draft offer"))
        #expect(screen.contains("Restore the unsaved draft a signal kept"))
    }
}

@Suite("A paste: typed whole into a text field, key by key elsewhere")
struct PasteTests {
    @Test("in a form's field the paste is typed whole, line breaks and all")
    func intoAForm() {
        var state = UpdateDispatchTests.state(in: .form)
        _ = update(&state, .paste("llamar a la SRE"))
        guard case .form(let form)? = state.editing else {
            Issue.record("the form closed")
            return
        }
        #expect(form.focusedField?.value.text.hasSuffix("llamar a la SRE") == true)
    }

    @Test("into the filter the paste is typed whole, keys such as q included")
    func intoTheFilter() {
        var state = UpdateDispatchTests.state(in: .filter)
        #expect(update(&state, .paste("quintana")) == [])
        #expect(state.filters.cases.editor.text == "quintana")
    }

    @Test("on the board each character is a key, read in the mode it finds")
    func onTheBoard() {
        var state = UpdateDispatchTests.state(in: .board)
        _ = update(&state, .paste("/0002"))
        #expect(state.inputMode == .filter)
        #expect(state.filters.cases.editor.text == "0002")
        #expect(listedCaseIDs(state) == ["MX-2026-0002"])
    }

    @Test("a paste answers no question: the keymap gives none, and one that comes changes nothing",
          arguments: [InputMode.confirm, .conflict, .draftOffer])
    func answersNothing(mode: InputMode) {
        var state = UpdateDispatchTests.state(in: mode)
        #expect(state.keymap.intent(forPaste: "y1r", in: mode) == nil)
        let before = state
        #expect(update(&state, .paste("y1r")) == [])
        #expect(state.editing == before.editing && state.offeredDraft == before.offeredDraft)
    }
}
