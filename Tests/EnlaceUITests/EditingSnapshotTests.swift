import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("What editing shows, compared with golden files")
struct EditingSnapshotTests {
    func board(width: Int, height: Int, language: Language = .en) -> AppState {
        var state = TestBoard.state(width: width, height: height, language: language)
        _ = apply([.startFilter, .filterInsert("MX-2026-0002"), .filterAccept], to: &state)
        return state
    }

    @Test("the case form at 80×24 with a marked field and the agency picker")
    func caseForm() {
        var state = board(width: 80, height: 24)
        _ = press([.character("e")], &state)
        for _ in 0..<6 { _ = press([.tab], &state) }
        _ = press([.control("u")], &state)
        _ = update(&state, .editInsert("XX"))
        _ = press([.enter], &state)
        _ = press([.control("u")], &state)
        _ = update(&state, .editInsert("s"))
        Snapshot.expect(BoardView.render(state), named: "edit-case-form-80x24")
    }

    @Test("the new-case form in Spanish at 120×40")
    func newCaseSpanish() {
        var state = board(width: 120, height: 40, language: .es)
        _ = press([.character("n")], &state)
        _ = press([.enter], &state)
        Snapshot.expect(BoardView.render(state), named: "new-case-form-es-120x40")
    }

    @Test("the conflict screen: both values side by side, one picked")
    func conflict() {
        var state = board(width: 100, height: 30)
        let base = TestBoard.cases[1]
        var mine = base
        mine.nextAction = "Call the SRE desk today"
        mine.priority = .critical
        var theirs = base
        theirs.nextAction = "Wait for the diplomatic note"
        theirs.priority = .low
        theirs.version += 1
        theirs.updatedBy = "ana"
        _ = update(&state, .saveConflict(CaseSave(record: mine, base: base), theirs: theirs))
        _ = press([.character("2")], &state)
        Snapshot.expect(BoardView.render(state), named: "conflict-100x30")
    }
}
