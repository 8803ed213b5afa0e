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

    /// Two officers appended their initials to the same long title: the popup shows where.
    func titleConflict(width: Int, height: Int, language: Language) -> AppState {
        var state = board(width: width, height: height, language: language)
        let base = TestBoard.cases[1]
        let long = "Prueba: armas incautadas en el cruce de Otay Mesa, con seguimiento de la fiscalía estatal y de la aduana"
        var mine = base
        mine.title = long + " [ANA]"
        mine.nextAction = "Llamar a la SRE hoy"
        var theirs = base
        theirs.title = long + " [BETO]"
        theirs.nextAction = "Esperar la nota diplomática"
        theirs.version += 1
        theirs.updatedBy = "beto"
        _ = update(&state, .saveConflict(CaseSave(record: mine, base: .answered(base)), theirs: theirs))
        return state
    }

    @Test("a conflict on a long title shows both whole, the differing end marked",
          arguments: [(100, 30, Language.en), (100, 30, .es), (200, 50, .en), (200, 50, .es)])
    func titleConflictSnapshot(width: Int, height: Int, language: Language) {
        let state = titleConflict(width: width, height: height, language: language)
        let name = "conflict-title" + (language == .es ? "-es" : "") + "-\(width)x\(height)"
        Snapshot.expect(BoardView.render(state), named: name)
    }

    @Test("the marked difference shows as text, not colour alone")
    func differenceMarkedInText() {
        let text = BoardView.render(titleConflict(width: 100, height: 30, language: .en)).text
        #expect(text.contains("[«ANA»]"))
        #expect(text.contains("[«BETO»]"))
    }

    @Test("a summary too long for the popup is shortened around its change, both sides")
    func longValueShortened() {
        var state = board(width: 100, height: 30)
        let base = TestBoard.cases[1]
        let long = String(repeating: "Antecedentes del caso y seguimiento. ", count: 30_000)
        var mine = base
        mine.summary = long + "Llamó la fiscalía [ANA]." + long
        var theirs = base
        theirs.summary = long + "Llamó la fiscalía [BETO]." + long
        theirs.version += 1
        _ = update(&state, .saveConflict(CaseSave(record: mine, base: .answered(base)), theirs: theirs))
        let text = BoardView.render(state).text
        #expect(text.contains("[«ANA»]"))
        #expect(text.contains("[«BETO»]"))
        #expect(text.contains("…"))
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
        _ = update(&state, .historyLoaded(.contact(id: contact.id), lines: Self.contactHistoryLines))
        Snapshot.expect(BoardView.render(state), named: language == .en ? "contact-history-100x30" : "contact-history-es-100x30")
    }

    @Test("one history entry opened whole, in English and in Spanish", arguments: [Language.en, .es])
    func contactHistoryEntry(language: Language) {
        var state = contactsPane(language: language)
        guard let contact = state.selectedContact else { return }
        _ = update(&state, .historyLoaded(.contact(id: contact.id), lines: Self.contactHistoryLines))
        _ = press([.down, .enter], &state)
        Snapshot.expect(BoardView.render(state), named: "contact-history-entry" + (language == .es ? "-es" : "") + "-100x30")
    }

    @Test("a case's history: values, a note with its text, an undo", arguments: [Language.en, .es])
    func caseHistory(language: Language) {
        var state = board(width: 100, height: 30, language: language)
        let title = "Prueba: armas incautadas en el cruce de Otay Mesa con seguimiento estatal"
        let lines = HistoryLine.markingUndos([
            HistoryLine(at: TestBoard.at("2026-11-29T08:00:00Z"), user: "ana", version: 5, change: .fields(["due"]),
                        values: [HistoryValue(field: "due", from: "2026-12-20", to: "2026-12-01")]),
            HistoryLine(at: TestBoard.at("2026-11-28T17:10:00Z"), user: "ana", version: 4, change: .fields(["due"]),
                        values: [HistoryValue(field: "due", from: "2026-12-01", to: "2026-12-20")]),
            HistoryLine(at: TestBoard.at("2026-11-28T16:42:00Z"), user: "beto", version: 3, change: .noteAdded,
                        notes: [HistoryNote(author: "beto", text: "Llamada con la fiscalía: confirman la \u{1B}[31mincautación",
                                            releasableToMexico: true)]),
            HistoryLine(at: TestBoard.at("2026-11-20T09:30:00Z"), user: "ana", version: 2, change: .fields(["priority", "title"]),
                        values: [HistoryValue(field: "priority", from: "medium", to: "high"),
                                 HistoryValue(field: "title", from: title, to: title + " [ANA]")]),
            HistoryLine(at: TestBoard.at("2026-10-02T12:00:00Z"), user: "ana", version: 1, change: .created),
        ])
        _ = update(&state, .historyLoaded(.case(id: "MX-2026-0002"), lines: lines))
        Snapshot.expect(BoardView.render(state), named: "case-history" + (language == .es ? "-es" : "") + "-100x30")
    }

    @Test("Enter opens the history entry in focus whole; Esc goes back to the list, then closes")
    func historyEntryKeys() {
        var state = contactsPane()
        guard let contact = state.selectedContact else { return }
        _ = update(&state, .historyLoaded(.contact(id: contact.id), lines: Self.contactHistoryLines))
        #expect(state.keymap.intent(for: .enter, in: .history) == .openHistoryEntry)
        _ = press([.down, .enter], &state)
        guard case .history(let browser)? = state.editing else { Issue.record("history closed"); return }
        #expect(browser.focus == 1)
        #expect(browser.isEntryOpen)
        _ = press([.escape], &state)
        guard case .history(let back)? = state.editing else { Issue.record("Esc closed the history, not the entry"); return }
        #expect(!back.isEntryOpen)
        #expect(back.focus == 1)
        _ = press([.escape], &state)
        #expect(state.editing == nil)
    }

    static let contactHistoryLines = [
        HistoryLine(at: TestBoard.at("2026-11-28T16:42:00Z"), user: "tom", version: 3, change: .fields(["lastContact"]),
                    values: [HistoryValue(field: "lastContact", from: "2026-10-01", to: "2026-11-28")]),
        HistoryLine(at: TestBoard.at("2026-11-20T09:30:00Z"), user: "ana", version: 2, change: .fields(["phones", "role"]),
                    values: [HistoryValue(field: "phones", from: "+52 55 5346 0000", to: "+52 55 5346 1111, +52 55 5346 2222"),
                             HistoryValue(field: "role", from: "", to: "Titular de la unidad")]),
        HistoryLine(at: TestBoard.at("2026-10-02T12:00:00Z"), user: "ana", version: 1, change: .created),
    ]
}
