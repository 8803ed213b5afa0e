import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("update: contacts edited from the contacts pane")
struct ContactEditingTests {
    func contactsPane() -> AppState {
        var state = TestBoard.state(width: 120, height: 40)
        _ = update(&state, .showPane(.contacts))
        return state
    }

    func saves(_ effects: [Effect]) -> [ContactSave] {
        effects.compactMap { if case .saveContact(let save) = $0 { save } else { nil } }
    }

    @Test("n in the contacts pane opens a new contact whose id the store gives; name and agency are required")
    func newContact() {
        var state = contactsPane()
        _ = press([.character("n")], &state)
        guard case .form(let form)? = state.editing else {
            Issue.record("no form")
            return
        }
        #expect(FormView.title(form, state) == "New contact ID new")
        #expect(press([.enter], &state).isEmpty)
        _ = update(&state, .editInsert("Lucía Méndez"))
        _ = press([.tab], &state)
        _ = update(&state, .editInsert("fg"))
        _ = press([.control("p")], &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.base == nil)
        #expect(save?.record == Contact(id: "", name: "Lucía Méndez", agency: "FGR"))
    }

    @Test("e edits the selected contact over the version it was opened from")
    func editContact() {
        var state = contactsPane()
        let selected = state.selectedContact
        _ = press([.character("e"), .tab, .tab], &state)
        _ = press([.control("u")], &state)
        _ = update(&state, .editInsert("Deputy director"))
        let save = saves(press([.enter], &state)).first
        #expect(save?.base == selected)
        #expect(save?.record.role == "Deputy director")
    }

    @Test("R records that the selected contact was reached; the saved contact replaces the old one")
    func reached() {
        var state = contactsPane()
        let selected = state.selectedContact
        let save = saves(press([.character("R")], &state)).first
        #expect(save?.reachedNow == true)
        #expect(save?.base == selected)
        guard var saved = selected else { return }
        saved.lastContact = TestBoard.at("2026-11-29T12:00:00Z")
        saved.version += 1
        _ = update(&state, .contactSaved(ContactSave(record: saved, base: selected), saved))
        #expect(state.selectedContact == saved)
    }

    @Test("someone else's change to another field merges by itself and is saved over their version")
    func conflictMergesByItself() {
        var state = contactsPane()
        guard let base = state.selectedContact else { return }
        var mine = base
        mine.role = "mine"
        var theirs = base
        theirs.email = "new@example.org"
        theirs.version += 1
        let merged = saves(update(&state, .contactConflict(ContactSave(record: mine, base: base), theirs: theirs))).first
        #expect(merged?.record.role == "mine")
        #expect(merged?.record.email == "new@example.org")
        #expect(merged?.base == theirs)
    }

    /// The contacts pane with a conflict on the selected contact: both changed the role, only
    /// mine changed the email, only theirs the post.
    func sameFieldConflict() -> (AppState, base: Contact, theirs: Contact) {
        var state = contactsPane()
        guard let base = state.selectedContact else { return (state, TestBoard.contacts[0], TestBoard.contacts[0]) }
        var mine = base
        mine.role = "mine"
        mine.email = "mine@example.org"
        var theirs = base
        theirs.role = "theirs"
        theirs.post = "Guadalajara"
        theirs.version += 1
        #expect(update(&state, .contactConflict(ContactSave(record: mine, base: base), theirs: theirs)) == [.buildSearchIndex], "their version lands, and nothing is saved")
        return (state, base, theirs)
    }

    @Test("both changed the same field: both values side by side, and the pick is what is saved over theirs")
    func conflictPicks() {
        var (state, _, theirs) = sameFieldConflict()
        #expect(state.inputMode == .conflict)
        let screen = BoardView.render(state).text
        #expect(screen.contains("mine") && screen.contains("theirs"))
        #expect(screen.contains("Someone else changed \(theirs.id)"))
        #expect(press([.enter], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .pickEverySide)
        _ = press([.character("1")], &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.record.role == "mine")
        #expect(save?.record.email == "mine@example.org", "my other change merged")
        #expect(save?.record.post == "Guadalajara", "their other change kept")
        #expect(save?.base == theirs)
        #expect(state.editing == nil)
    }

    @Test("taking their value saves theirs with my other changes")
    func conflictPickTheirs() {
        var (state, _, _) = sameFieldConflict()
        _ = press([.character("2")], &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.record.role == "theirs")
        #expect(save?.record.email == "mine@example.org")
    }

    @Test("e on a contact conflict opens the contact form on their version with my values, at the field in conflict")
    func conflictEdit() {
        var (state, _, theirs) = sameFieldConflict()
        _ = press([.character("e")], &state)
        guard case .form(let form)? = state.editing else {
            Issue.record("no form")
            return
        }
        #expect(form.purpose == .editContact(base: theirs))
        #expect(form.text(.role) == "mine")
        #expect(form.text(.post) == "Guadalajara")
        #expect(form.focusedField?.id == .role)
    }

    @Test("Esc on a contact conflict keeps their version and saves nothing")
    func conflictCancel() {
        var (state, _, theirs) = sameFieldConflict()
        #expect(press([.escape], &state).isEmpty)
        #expect(state.editing == nil)
        #expect(state.statusMessage?.phrase == .keptTheirsContact)
        #expect(state.selectedContact == theirs, "the board shows their version at once")
    }

    @Test("h in the contacts pane asks for the contact's history and shows it newest first")
    func history() {
        var state = contactsPane()
        guard let contact = state.selectedContact else { return }
        #expect(press([.character("h")], &state) == [.loadHistory(.contact(id: contact.id))])
        let lines = [
            HistoryLine(at: TestBoard.at("2026-11-28T10:00:00Z"), user: "ana", version: 2, change: .fields(["email", "role"])),
            HistoryLine(at: TestBoard.at("2026-11-20T09:30:00Z"), user: "tom", version: 1, change: .created),
        ]
        _ = update(&state, .historyLoaded(.contact(id: contact.id), lines: lines))
        #expect(state.inputMode == .history)
        let screen = BoardView.render(state).text
        #expect(screen.contains("History of \(contact.id)"))
        #expect(screen.contains("2026-11-28 10:00  v2  ana  Email, Role"))
        #expect(screen.contains("2026-11-20 09:30  v1  tom  created"))
        _ = press([.escape], &state)
        #expect(state.editing == nil)
    }
}

@Suite("update: undo of a contact change")
struct ContactUndoTests {
    @Test("u takes back the officer's own contact change; refused once someone changed it since")
    func undoContact() {
        var state = TestBoard.state(width: 120, height: 40)
        _ = update(&state, .showPane(.contacts))
        guard let before = state.selectedContact else { return }
        var after = before
        after.role = "changed"
        after.version += 1
        _ = update(&state, .contactSaved(ContactSave(record: after, base: before), after))
        let undo = press([.character("u")], &state).compactMap { if case .saveContact(let save) = $0 { save } else { nil } }.first
        #expect(undo?.record.role == before.role)
        #expect(undo?.base == after)
        #expect(undo?.isUndo == true)

        _ = update(&state, .contactSaved(ContactSave(record: after, base: before), after))
        var later = after
        later.email = "x@example.org"
        later.version += 1
        var data = state.data
        if let index = data.contacts.firstIndex(where: { $0.id == later.id }) { data.contacts[index] = later }
        _ = update(&state, .dataChanged(data))
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .undoRefusedContact)
    }
}
