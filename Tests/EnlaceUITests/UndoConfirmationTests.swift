import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("update: u asks first when the change it takes back is not in view")
struct UndoConfirmationTests {
    /// The board after the officer marked MX-2026-0001 TLP:GREEN (it was TLP:RED), with that
    /// case selected; the change as the store saved it.
    func boardAfterMarking(language: Language = .en) -> (AppState, CaseSave, Case) {
        var state = TestBoard.state(width: 120, height: 40, language: language)
        _ = apply([.startFilter, .filterInsert("MX-2026-0001"), .filterAccept], to: &state)
        let base = TestBoard.cases[0]
        var changed = base
        changed.marking = .green
        let save = CaseSave(record: changed, base: .answered(base))
        var saved = changed
        saved.version += 1
        _ = update(&state, .caseSaved(save, saved))
        return (state, save, saved)
    }

    func undoSaves(_ effects: [Effect]) -> [CaseSave] {
        effects.compactMap { if case .saveCase(let save) = $0 { save } else { nil } }
    }

    @Test("with the changed case selected, u undoes at once as before")
    func inViewUndoesAtOnce() {
        var (state, _, _) = boardAfterMarking()
        let undo = undoSaves(press([.character("u")], &state)).first
        #expect(undo?.record.marking == .red)
        #expect(undo?.isUndo == true)
        #expect(state.inputMode == .board)
    }

    @Test("from the contacts pane u names the case and the change, and y undoes it")
    func otherPaneAsksThenYesUndoes() {
        var (state, _, _) = boardAfterMarking()
        _ = press([.character("3")], &state)
        #expect(state.pane == .contacts)
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.inputMode == .undoConfirmation)
        #expect(BoardView.render(state).text.contains("Undo MX-2026-0001's marking TLP:GREEN → TLP:RED? y/n"))
        let undo = undoSaves(press([.character("y")], &state)).first
        #expect(undo?.record.id == "MX-2026-0001")
        #expect(undo?.record.marking == .red)
        #expect(state.inputMode == .board)
    }

    @Test("any key but y keeps the change, and the entry stays for a later u")
    func anyOtherKeyCancels() {
        for key: Key in [.character("n"), .escape, .character("j"), .character("u")] {
            var (state, _, _) = boardAfterMarking()
            _ = press([.character("3"), .character("u")], &state)
            #expect(press([key], &state).isEmpty)
            #expect(state.inputMode == .board)
            #expect(state.statusMessage?.phrase == .undoKept)
            #expect(state.undoStack.entries.count == 1)
        }
    }

    @Test("another case selected in the cases pane asks too; the question is in Spanish on a Spanish board")
    func otherCaseAsksInSpanish() {
        var (state, _, _) = boardAfterMarking(language: .es)
        _ = apply([.startFilter, .filterDeleteToStart, .filterInsert("MX-2026-0002"), .filterAccept], to: &state)
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.inputMode == .undoConfirmation)
        #expect(BoardView.render(state).text.contains("¿Deshacer clasificación de MX-2026-0001: TLP:GREEN → TLP:RED? y/n"))
    }

    @Test("the keymap gives y as the undo and any other key as keeping it")
    func keymapInTheQuestion() {
        #expect(Keymap.board.intent(for: .character("y"), in: .undoConfirmation) == .confirmUndo)
        #expect(Keymap.board.intent(for: .character("x"), in: .undoConfirmation) == .cancelUndo)
        #expect(Keymap.board.intent(for: .escape, in: .undoConfirmation) == .cancelUndo)
    }
}
