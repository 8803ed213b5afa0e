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
        for _ in 0..<8 { _ = press([.tab], &state) }
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
        _ = update(&state, .saveConflict(CaseSave(record: mine, base: .answered(base)), theirs: theirs))
        _ = press([.character("2")], &state)
        Snapshot.expect(BoardView.render(state), named: "conflict-100x30")
    }

    func contactsPane(language: Language = .en) -> AppState {
        var state = TestBoard.state(width: 100, height: 30, language: language)
        _ = update(&state, .showPane(.contacts))
        return state
    }

    @Test("a contact's conflict: both values side by side, one picked")
    func contactConflict() {
        var state = contactsPane()
        guard let base = state.selectedContact else { return }
        var mine = base
        mine.role = "Fiscal coordinadora"
        mine.phones = ["+52 55 5346 0000"]
        var theirs = base
        theirs.role = "Titular de la unidad"
        theirs.phones = ["+52 55 5346 1111"]
        theirs.version += 1
        _ = update(&state, .contactConflict(ContactSave(record: mine, base: base), theirs: theirs))
        _ = press([.character("2")], &state)
        Snapshot.expect(BoardView.render(state), named: "contact-conflict-100x30")
    }

    @Test("a contact's history, in English and in Spanish", arguments: [Language.en, .es])
    func contactHistory(language: Language) {
        var state = contactsPane(language: language)
        guard let contact = state.selectedContact else { return }
        let lines = [
            HistoryLine(at: TestBoard.at("2026-11-28T16:42:00Z"), user: "tom", version: 3, change: .fields(["lastContact"])),
            HistoryLine(at: TestBoard.at("2026-11-20T09:30:00Z"), user: "ana", version: 2, change: .fields(["phones", "role"])),
            HistoryLine(at: TestBoard.at("2026-10-02T12:00:00Z"), user: "ana", version: 1, change: .created),
        ]
        _ = update(&state, .historyLoaded(.contact(id: contact.id), lines: lines))
        Snapshot.expect(BoardView.render(state), named: language == .en ? "contact-history-100x30" : "contact-history-es-100x30")
    }
}
