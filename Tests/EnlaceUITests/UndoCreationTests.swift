import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("update: undo of creating a case")
struct UndoCreationTests {
    /// The board after the officer created MX-2026-0013 with `n`; the case as the store saved it.
    func boardWithNewCase() -> (AppState, Case) {
        var state = TestBoard.state(width: 120, height: 40)
        _ = press([.character("n")], &state)
        var saved = TestBoard.makeCase(13, "Brand new", lead: "DEA")
        saved.version = 1
        saved.updatedBy = "me"
        _ = update(&state, .caseSaved(CaseSave(record: saved, base: nil), saved))
        return (state, saved)
    }

    @Test("u after n asks the store to delete the case at the version it was created with")
    func undoAsksForDeletion() {
        var (state, saved) = boardWithNewCase()
        #expect(state.selectedCase?.id == saved.id)
        #expect(press([.character("u")], &state) == [.deleteCase(.answered(saved))])
    }

    @Test("the deleted case leaves the board, the selection moves on, and the status says so")
    func deletedLeavesBoard() {
        var (state, saved) = boardWithNewCase()
        let count = state.data.cases.count
        _ = press([.character("u")], &state)
        _ = update(&state, .caseDeleted(saved))
        #expect(state.data.cases.count == count - 1)
        #expect(!state.data.cases.contains { $0.id == saved.id })
        #expect(state.selectedCase != nil && state.selectedCase?.id != saved.id)
        #expect(state.statusMessage?.phrase == .undoneCreation)
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .nothingToUndo)
    }

    @Test("refused with the reason when someone else changed the new case since, on the board or in the store")
    func refusedWhenChanged() {
        var (state, saved) = boardWithNewCase()
        var later = saved
        later.nextAction = "ana's plan"
        later.version += 1
        later.updatedBy = "ana"
        var data = state.data
        if let index = data.cases.firstIndex(where: { $0.id == saved.id }) { data.cases[index] = later }
        _ = update(&state, .dataChanged(data))
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .undoRefused)
        #expect(state.statusMessage?.arguments.contains(.init("user", "ana")) == true)

        // The store refuses it too when the board has not seen the change yet.
        var (fresh, created) = boardWithNewCase()
        #expect(press([.character("u")], &fresh) == [.deleteCase(.answered(created))])
        _ = update(&fresh, .saveConflict(CaseSave(record: created, base: .answered(created), isUndo: true), theirs: later))
        #expect(fresh.statusMessage?.phrase == .undoRefused)
        #expect(fresh.data.cases.contains { $0.id == created.id })
    }

    @Test("u takes the officer's changes back one by one, down to the creation")
    func undoChainReachesCreation() {
        var (state, created) = boardWithNewCase()
        var edited = created
        edited.priority = .critical
        edited.version = 2
        _ = update(&state, .caseSaved(CaseSave(record: edited, base: .answered(created)), edited))
        let undo = press([.character("u")], &state).compactMap { if case .saveCase(let save) = $0 { save } else { nil } }.first
        #expect(undo?.record.priority == created.priority)
        #expect(undo?.isUndo == true)
        guard let undo else { return }
        var undone = undo.record
        undone.version = 3
        _ = update(&state, .caseSaved(undo, undone))
        #expect(press([.character("u")], &state) == [.deleteCase(.answered(undone))])
    }

    @Test("a form open on a case another officer deleted says so at once and keeps what was typed")
    func formOnDeletedCase() {
        var state = TestBoard.state(width: 120, height: 40)
        _ = apply([.startFilter, .filterInsert("MX-2026-0002"), .filterAccept], to: &state)
        _ = press([.character("a")], &state)
        _ = update(&state, .editInsert("typed"))
        var data = state.data
        data.cases.removeAll { $0.id == "MX-2026-0002" }
        _ = update(&state, .dataChanged(data))
        #expect(state.statusMessage?.phrase == .caseDeletedMeanwhile)
        guard case .form(let form)? = state.editing else {
            Issue.record("the form closed")
            return
        }
        #expect(form.text(.noteText) == "typed")
    }

    @Test("a deleted case shows as deleted in its history")
    func historyShowsDeletion() {
        var state = TestBoard.state(width: 120, height: 40)
        let lines = [
            HistoryLine(at: TestBoard.at("2026-11-29T10:05:00Z"), user: "me", version: 2, change: .deleted),
            HistoryLine(at: TestBoard.at("2026-11-29T10:00:00Z"), user: "me", version: 1, change: .created),
        ]
        _ = update(&state, .historyLoaded(.case(id: "MX-2026-0013"), lines: lines))
        #expect(BoardView.render(state).text.contains("2026-11-29 10:05  v2  me  deleted"))
    }
}
