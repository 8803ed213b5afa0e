import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("update: editing from the board")
struct EditingUpdateTests {
    /// The board with `caseID` alone in the list, so it is selected.
    func board(selecting caseID: String = "MX-2026-0002", writeRefusal: DisabledReason? = nil) -> AppState {
        var state = TestBoard.state(width: 120, height: 40, writeRefusal: writeRefusal)
        _ = apply([.startFilter, .filterInsert(caseID), .filterAccept], to: &state)
        return state
    }

    func openForm(_ state: AppState) -> EditForm? {
        if case .form(let form)? = state.editing { return form }
        return nil
    }

    func saves(_ effects: [Effect]) -> [CaseSave] {
        effects.compactMap { if case .saveCase(let save) = $0 { save } else { nil } }
    }

    func typeText(_ text: String, _ state: inout AppState) {
        _ = update(&state, .editInsert(text))
    }

    @Test("a opens a note; Enter asks the store to append it with its releasable flag")
    func addNote() {
        var state = board()
        _ = press([.character("a")], &state)
        #expect(state.inputMode == .form)
        // Printable keys are text in a form, even those that are commands on the board.
        _ = press([.character("q"), .character("?")], &state)
        _ = press([.backspace, .backspace], &state)
        typeText("FGR confirmed", &state)
        _ = press([.tab, .character(" ")], &state)
        let effects = press([.enter], &state)
        #expect(effects == [.appendNote(caseID: "MX-2026-0002", text: "FGR confirmed", releasableToMexico: true)])
    }

    @Test("an empty note is not saved: the field says it is required")
    func emptyNote() {
        var state = board()
        _ = press([.character("a")], &state)
        #expect(press([.enter], &state).isEmpty)
        #expect(openForm(state)?.problems[.noteText] == .required)
    }

    @Test("the appended note closes the form, says so, and can be undone")
    func noteAppended() {
        var state = board()
        _ = press([.character("a")], &state)
        typeText("hello", &state)
        var saved = TestBoard.cases[1]
        saved.notes.append(Note(at: TestBoard.at("2026-11-29T10:00:00Z"), author: "me", text: "hello"))
        saved.version += 1
        _ = update(&state, .noteAppended(saved))
        #expect(state.editing == nil)
        #expect(state.statusMessage?.phrase == .noteAdded)
        #expect(state.selectedCase == saved)
        let undo = saves(press([.character("u")], &state))
        #expect(undo.first?.record.notes == TestBoard.cases[1].notes)
        #expect(undo.first?.isUndo == true)
    }

    @Test("S opens the status menu; a letter saves that status at once over the version it started from")
    func changeStatus() {
        var state = board()
        _ = press([.character("S")], &state)
        #expect(state.inputMode == .quickStatus)
        let save = saves(press([.character("a")], &state)).first
        #expect(save?.record.status == .active)
        #expect(save?.base?.record == TestBoard.cases[1])
        #expect(save?.note == nil)
        #expect(state.quickChange == nil)
        #expect(state.inputMode == .board)
    }

    @Test("reopening a closed case from the status menu opens the small form that asks why")
    func reopenAsksForNote() {
        var state = board(selecting: "MX-2026-0008")
        _ = press([.character("S")], &state)
        #expect(saves(press([.character("w")], &state)).isEmpty)
        #expect(openForm(state)?.text(.status) == "waiting")
        #expect(openForm(state)?.focusedField?.id == .noteText)
        typeText("new evidence from ANAM", &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.record.status == .waiting)
        #expect(save?.note == "new evidence from ANAM")
    }

    @Test("p and m open lettered menus: c saves critical, g saves TLP:GREEN")
    func priorityAndMarking() {
        var state = board()
        #expect(saves(press([.character("p"), .character("c")], &state)).first?.record.priority == .critical)
        state = board()
        #expect(saves(press([.character("m"), .character("g")], &state)).first?.record.marking == .green)
        state = board()
        #expect(saves(press([.character("m"), .character("s")], &state)).first?.record.marking == .amberStrict)
    }

    @Test("Esc closes a quick-change menu and saves nothing")
    func quickChangeEscape() {
        for key in ["S", "p", "m"] {
            var state = board()
            #expect(press([.character(Character(key)), .escape], &state).isEmpty)
            #expect(state.quickChange == nil)
            #expect(state.editing == nil)
            #expect(state.inputMode == .board)
        }
    }

    @Test("picking the value the case has now saves nothing and says so")
    func quickChangeSameValue() {
        var state = board()
        #expect(press([.character("S"), .character("w")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .nothingChanged)
        #expect(state.inputMode == .board)
    }

    @Test("a quick change that meets someone else's change to the same field asks which to keep")
    func quickChangeConflict() throws {
        var state = board()
        let save = try #require(saves(press([.character("p"), .character("l")], &state)).first)
        var theirs = TestBoard.cases[1]
        theirs.priority = .critical
        theirs.version += 1
        theirs.updatedBy = "ana"
        #expect(saves(update(&state, .saveConflict(save, theirs: theirs))).isEmpty)
        #expect(state.inputMode == .conflict)
    }

    @Test("d sets the next action and a due date typed as +3d")
    func nextActionAndDue() {
        var state = board()
        _ = press([.character("d"), .control("u")], &state)
        typeText("Call SRE", &state)
        _ = press([.tab, .control("u")], &state)
        typeText("+3d", &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.record.nextAction == "Call SRE")
        #expect(save?.record.due == TestBoard.today.adding(days: 3))
    }

    @Test("a date that is not one is marked at the field and nothing is saved")
    func badDate() {
        var state = board()
        _ = press([.character("d"), .tab, .control("u")], &state)
        typeText("soon", &state)
        #expect(press([.enter], &state).isEmpty)
        #expect(openForm(state)?.problems[.due] == .notADate("soon"))
        #expect(state.statusMessage?.phrase == .fixMarkedFields)
        // Typing in the field clears its mark.
        _ = press([.control("u")], &state)
        #expect(openForm(state)?.problems[.due] == nil)
    }

    @Test("n opens a new case whose id the store gives on saving; the title and lead are required")
    func newCase() {
        var state = board()
        _ = press([.character("n")], &state)
        guard let form = openForm(state) else {
            Issue.record("no form")
            return
        }
        #expect(form.purpose == .newCase)
        #expect(FormView.title(form, state) == "New case ID new")
        #expect(press([.enter], &state).isEmpty)
        let problems = openForm(state)?.problems ?? [:]
        #expect(problems[.title] != nil)
        #expect(problems[.lead] != nil)
        #expect(openForm(state)?.focus == 0)
        typeText("New case title", &state)
        for _ in 0..<8 { _ = press([.tab], &state) }
        typeText("sem", &state)
        #expect(state.pickCandidates(openForm(state)!).first?.value == "SEMAR")
        _ = press([.control("p")], &state)
        #expect(openForm(state)?.text(.lead) == "SEMAR")
        let save = saves(press([.enter], &state)).first
        #expect(save?.base == nil)
        #expect(save?.record.id == "")
        #expect(save?.record.leadAgency == "SEMAR")
        #expect(save?.record.opened == TestBoard.today)
    }

    @Test("a former code typed in a form is offered and saved as the current one; Spanish names find agencies")
    func formerCodeInForm() {
        var state = board()
        _ = press([.character("n")], &state)
        typeText("Armas incautadas", &state)
        for _ in 0..<8 { _ = press([.tab], &state) }
        typeText("fiscalia", &state)
        #expect(state.pickCandidates(openForm(state)!).first?.value == "FGR")
        for _ in 0..<8 { _ = press([.backspace], &state) }
        typeText("pgr", &state)
        #expect(state.pickCandidates(openForm(state)!).map(\.value) == ["FGR"])
        let save = saves(press([.enter], &state)).first
        #expect(save?.record.leadAgency == "FGR")
    }

    @Test("a new case's owner starts as the officer at the keyboard and is saved only when changed")
    func ownerField() {
        var state = board()
        state.login = "mjpena"
        _ = press([.character("n")], &state)
        #expect(openForm(state)?.text(.owner) == "mjpena")
        typeText("Owner test", &state)
        for _ in 0..<8 { _ = press([.tab], &state) }
        typeText("DEA", &state)
        #expect(saves(press([.enter], &state)).first?.record.assignedOwner == nil)

        var other = board()
        other.login = "mjpena"
        _ = press([.character("e")], &other)
        let ownerIndex = openForm(other)!.fields.firstIndex { $0.id == .owner }!
        for _ in 0..<ownerIndex { _ = press([.tab], &other) }
        _ = press([.control("u")], &other)
        typeText("twhitaker", &other)
        #expect(saves(press([.enter], &other)).first?.record.owner == "twhitaker")
    }

    @Test("the Spanish title and summary are edited beside the English ones; emptied, they are gone")
    func spanishTexts() {
        var state = board()
        _ = press([.character("e")], &state)
        _ = press([.tab], &state)
        _ = press([.control("u")], &state)
        typeText("Solicitud de extradición", &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.record.titleEs == "Solicitud de extradición")
    }

    @Test("a Spanish title left as it was after the English one changed is marked on the board until confirmed")
    func outdatedTranslation() {
        var state = board(selecting: "MX-2026-0001")
        _ = press([.character("e")], &state)
        _ = press([.control("u")], &state)
        typeText("Fentanyl precursor shipments through Manzanillo and Lázaro Cárdenas", &state)
        guard let save = saves(press([.enter], &state)).first else {
            Issue.record("no save")
            return
        }
        #expect(save.record.outdatedTexts == ["titleEs"])
        _ = update(&state, .caseSaved(save, save.record))
        state.language = .es
        #expect(BoardView.render(state).text.contains("(puede estar desactualizado)"))

        _ = press([.character("e")], &state)
        let flag = openForm(state)!.fields.firstIndex { $0.id == .textsChecked }!
        for _ in 0..<flag { _ = press([.tab], &state) }
        _ = press([.character(" ")], &state)
        #expect(saves(press([.enter], &state)).first?.record.outdatedTexts == [])
    }

    @Test("M shows only the officer's cases and shows all again, through the filter line")
    func myCases() {
        var state = TestBoard.state()
        state.login = "tester"
        _ = press([.character("M")], &state)
        #expect(state.filters[.cases].text == "owner:me")
        #expect(state.lists[.cases].count == TestBoard.cases.filter { $0.owner == "tester" }.count)
        _ = press([.character("M")], &state)
        #expect(state.filters[.cases].text == "")
        #expect(state.lists[.cases].count == TestBoard.cases.count)
        state.login = "someone-else"
        _ = press([.character("M")], &state)
        #expect(state.lists[.cases].count == 0)
    }

    @Test("a saved new case closes the form and is selected")
    func newCaseSaved() {
        var state = board()
        _ = press([.character("n")], &state)
        let record = TestBoard.makeCase(13, "Brand new", lead: "DEA")
        _ = update(&state, .caseSaved(CaseSave(record: record, base: nil), record))
        #expect(state.editing == nil)
        #expect(state.data.cases.contains(record))
        #expect(state.statusMessage?.phrase == .savedCase)
    }

    @Test("e edits the selected case; an unknown agency is marked with the validator's reason")
    func editCase() {
        var state = board()
        _ = press([.character("e")], &state)
        for _ in 0..<9 { _ = press([.tab], &state) }
        _ = press([.control("u")], &state)
        typeText("FGR, XYZ", &state)
        #expect(press([.enter], &state).isEmpty)
        guard case .invalid(let error)? = openForm(state)?.problems[.agencies] else {
            Issue.record("agencies not marked")
            return
        }
        #expect(error.message(.en).contains("XYZ"))
        _ = press([.control("w")], &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.record.agencies == ["FGR"])
    }

    @Test("Enter on an unchanged form saves nothing and closes it")
    func unchanged() {
        var state = board()
        _ = press([.character("e")], &state)
        #expect(press([.enter], &state).isEmpty)
        #expect(state.editing == nil)
        #expect(state.statusMessage?.phrase == .nothingChanged)
    }

    @Test("Esc with changes asks first; n keeps editing, y throws them away; without changes it just closes")
    func escapeAsks() {
        var state = board()
        _ = press([.character("e")], &state)
        typeText("x", &state)
        _ = press([.escape], &state)
        #expect(state.inputMode == .confirm)
        _ = press([.character("n")], &state)
        #expect(state.inputMode == .form)
        #expect(openForm(state)?.text(.title).hasSuffix("x") == true)
        _ = press([.escape, .character("y")], &state)
        #expect(state.editing == nil)
        _ = press([.character("d"), .escape], &state)
        #expect(state.editing == nil)
    }

    @Test("someone else's change to other fields merges by itself and is saved over their version")
    func conflictMergesByItself() {
        var state = board()
        let base = TestBoard.cases[1]
        var mine = base
        mine.priority = .low
        var theirs = base
        theirs.nextAction = "theirs"
        theirs.version += 1
        theirs.updatedBy = "ana"
        let effects = update(&state, .saveConflict(CaseSave(record: mine, base: .answered(base)), theirs: theirs))
        let save = saves(effects).first
        #expect(save?.base?.record == theirs)
        #expect(save?.record.priority == .low)
        #expect(save?.record.nextAction == "theirs")
        #expect(state.statusMessage?.phrase == .mergedWith)
    }

    @Test("both changed the same field: both values are shown and the pick is what is saved")
    func conflictPicks() {
        var state = board()
        let base = TestBoard.cases[1]
        var mine = base
        mine.nextAction = "mine"
        var theirs = base
        theirs.nextAction = "theirs"
        theirs.version += 1
        #expect(update(&state, .saveConflict(CaseSave(record: mine, base: .answered(base)), theirs: theirs)) == [.buildSearchIndex], "their version lands, and nothing is saved")
        #expect(state.inputMode == .conflict)
        let screen = BoardView.render(state).text
        #expect(screen.contains("mine") && screen.contains("theirs"))
        #expect(press([.enter], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .pickEverySide)
        _ = press([.character("1")], &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.record.nextAction == "mine")
        #expect(save?.base?.record == theirs)
        #expect(state.editing == nil)
    }

    @Test("u takes back the officer's own last change as a new save over it")
    func undo() {
        var state = board()
        let base = TestBoard.cases[1]
        var after = base
        after.priority = .low
        after.version += 1
        _ = update(&state, .caseSaved(CaseSave(record: after, base: .answered(base)), after))
        let save = saves(press([.character("u")], &state)).first
        #expect(save?.isUndo == true)
        #expect(save?.base?.record == after)
        #expect(save?.record.priority == base.priority)
        #expect(save?.record.version == after.version)
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .nothingToUndo)
    }

    @Test("undo is refused with the reason when someone else changed the case since")
    func undoRefused() {
        var state = board()
        let base = TestBoard.cases[1]
        var after = base
        after.priority = .low
        after.version += 1
        _ = update(&state, .caseSaved(CaseSave(record: after, base: .answered(base)), after))
        var later = after
        later.title = "someone else"
        later.version += 1
        later.updatedBy = "ana"
        var data = state.data
        data.cases[1] = later
        _ = update(&state, .dataChanged(data))
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .undoRefused)
        #expect(state.statusMessage?.arguments.contains(.init("user", "ana")) == true)
        // The store refuses it too, should the board not have seen the change yet.
        _ = update(&state, .saveConflict(CaseSave(record: base, base: .answered(after), isUndo: true), theirs: later))
        #expect(state.statusMessage?.phrase == .undoRefused)
    }

    @Test("another officer's save under an open form keeps the text typed and takes their other fields")
    func liveMerge() {
        var state = board()
        _ = press([.character("d"), .control("u")], &state)
        typeText("my typing", &state)
        var theirs = TestBoard.cases[1]
        theirs.due = TestBoard.day("2027-03-01")
        theirs.version += 1
        var data = state.data
        data.cases[1] = theirs
        _ = update(&state, .dataChanged(data))
        let form = openForm(state)
        #expect(form?.text(.nextAction) == "my typing")
        #expect(form?.text(.due) == "2027-03-01")
        #expect(form?.purpose == .nextAction(base: .answered(theirs)))
        #expect(state.selectedCase?.id == "MX-2026-0002")
    }

    @Test("a failed save keeps the form open and says why")
    func saveFailed() {
        var state = board()
        _ = press([.character("a")], &state)
        typeText("kept", &state)
        _ = update(&state, .saveFailed(reason: "lock held by ana"))
        #expect(openForm(state)?.text(.noteText) == "kept")
        #expect(state.statusMessage?.isError == true)
    }

    @Test("a board this user may not write refuses every key that changes data, and says why")
    func notWritableRefuses() {
        var state = board(writeRefusal: .notWritable(path: "/srv/enlace"))
        for key in ["a", "e", "n", "S", "p", "m", "d", "u", "R"] {
            #expect(press([.character(Character(key))], &state).isEmpty)
            #expect(state.editing == nil)
            #expect(state.statusMessage?.phrase == .notWritable)
        }
        state.statusMessage = nil
        #expect(update(&state, .addNote).isEmpty)
        #expect(state.editing == nil)
        #expect(state.statusMessage?.phrase == .notWritable)
    }

    @Test("h asks for the history and shows it newest first")
    func history() {
        var state = board()
        #expect(press([.character("h")], &state) == [.loadHistory(.case(id: "MX-2026-0002"))])
        let lines = [HistoryLine(at: TestBoard.at("2026-11-28T10:00:00Z"), user: "ana", version: 2, change: .fields(["priority", "titleEs"]))]
        _ = update(&state, .historyLoaded(.case(id: "MX-2026-0002"), lines: lines))
        #expect(state.inputMode == .history)
        #expect(BoardView.render(state).text.contains("v2  ana  Priority, Title (es)"))
        _ = press([.escape], &state)
        #expect(state.editing == nil)
    }
}

@Suite("update: multi-line fields and editing a merged value")
struct EditingMoreTests {
    @Test("Ctrl-O breaks the line in a note; a paste keeps its line breaks there")
    func multiLineNote() {
        var state = TestBoard.state(width: 120, height: 40)
        _ = apply([.startFilter, .filterInsert("MX-2026-0002"), .filterAccept], to: &state)
        _ = press([.character("a")], &state)
        _ = update(&state, .editInsert("first"))
        _ = press([.control("o")], &state)
        _ = update(&state, .paste("second\nthird"))
        let effects = press([.enter], &state)
        #expect(effects == [.appendNote(caseID: "MX-2026-0002", text: "first\nsecond\nthird", releasableToMexico: false)])
    }

    @Test("Ctrl-O does nothing in a one-line field")
    func oneLineField() {
        var state = TestBoard.state(width: 120, height: 40)
        _ = apply([.startFilter, .filterInsert("MX-2026-0002"), .filterAccept], to: &state)
        _ = press([.character("d"), .control("u")], &state)
        _ = update(&state, .editInsert("a"))
        _ = press([.control("o")], &state)
        guard case .form(let form)? = state.editing else { return }
        #expect(form.text(.nextAction) == "a")
    }

    @Test("e on a conflict opens the case form on their version with the values picked, to edit and save")
    func editMerged() {
        var state = TestBoard.state(width: 120, height: 40)
        let base = TestBoard.cases[1]
        var mine = base
        mine.nextAction = "mine"
        var theirs = base
        theirs.nextAction = "theirs"
        theirs.version += 1
        _ = update(&state, .saveConflict(CaseSave(record: mine, base: .answered(base)), theirs: theirs))
        _ = press([.character("e")], &state)
        guard case .form(let form)? = state.editing else {
            Issue.record("no form")
            return
        }
        #expect(form.purpose == .editCase(base: .answered(theirs)))
        #expect(form.focusedField?.id == .nextAction)
        #expect(form.text(.nextAction) == "mine")
        _ = press([.control("u")], &state)
        _ = update(&state, .editInsert("both: mine and theirs"))
        let save = press([.enter], &state).compactMap { if case .saveCase(let save) = $0 { save } else { nil } }.first
        #expect(save?.record.nextAction == "both: mine and theirs")
        #expect(save?.base?.record == theirs)
    }
}

@Suite("Amending a note")
struct NoteAmendmentTests {
    /// The board with MX-2026-0001 (two notes) selected and the link cursor on its newest note.
    static func onNewestNote(login: String = "mjpena") -> AppState {
        var state = TestBoard.state(width: 120, height: 40)
        state.login = login
        let links = state.detailLinks
        let index = links.firstIndex { if case .note = $0 { true } else { false } }!
        for _ in 0..<index { _ = press([.character("]")], &state) }
        return state
    }

    @Test("] reaches a note and Enter opens it with its text and flag; the saved case has the correction and who made it")
    func amend() {
        var state = Self.onNewestNote()
        _ = press([.enter], &state)
        guard case .form(let form)? = state.editing, case .amendNote(let base, let index) = form.purpose else {
            Issue.record("no amend form")
            return
        }
        let original = base.notes[index]
        #expect(original.text == "La Fiscalía solicitó la cadena de custodia completa antes del viernes.")
        #expect(form.flag(.noteReleasable) == true)
        _ = press([.tab], &state)
        _ = press([.character(" ")], &state)
        let effects = press([.enter], &state)
        guard case .saveCase(let save)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(save.note == nil)
        #expect(save.record.notes.count == base.notes.count)
        #expect(save.record.notes[index].releasableToMexico == false)
        #expect(save.record.notes[index].text == original.text)
        #expect(save.record.notes[index].amendedBy == "mjpena")
        #expect(save.record.notes[index].at == original.at)
    }

    @Test("an amended note says who amended it on the board")
    func shown() {
        var state = TestBoard.state(width: 200, height: 80)
        var record = state.data.cases.first { $0.id == "MX-2026-0001" }!
        record.notes[1].amendedBy = "twhitaker"
        _ = update(&state, .caseSaved(CaseSave(record: record, base: nil), record))
        #expect(BoardView.render(state).text.contains("amended by twhitaker"))
    }

    @Test("an emptied note is refused, and nothing is saved")
    func emptied() {
        var state = Self.onNewestNote()
        _ = press([.enter], &state)
        _ = press([.control("u")], &state)
        #expect(press([.enter], &state).isEmpty)
    }
}
