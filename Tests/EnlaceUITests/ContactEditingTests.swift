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

    @Test("n in the contacts pane opens a new contact with the next free id; name and agency are required")
    func newContact() {
        var state = contactsPane()
        _ = press([.character("n")], &state)
        guard case .form(let form)? = state.editing else {
            Issue.record("no form")
            return
        }
        #expect(FormView.title(form, state) == "New contact C-0008")
        #expect(press([.enter], &state).isEmpty)
        _ = update(&state, .editInsert("Lucía Méndez"))
        _ = press([.tab], &state)
        _ = update(&state, .editInsert("fg"))
        _ = press([.control("p")], &state)
        let save = saves(press([.enter], &state)).first
        #expect(save?.base == nil)
        #expect(save?.record == Contact(id: "C-0008", name: "Lucía Méndez", agency: "FGR"))
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

    @Test("someone else's change to another field merges; to the same field, the form opens again on theirs")
    func conflicts() {
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

        theirs.role = "theirs"
        #expect(update(&state, .contactConflict(ContactSave(record: mine, base: base), theirs: theirs)).isEmpty)
        guard case .form(let form)? = state.editing else {
            Issue.record("no form")
            return
        }
        #expect(form.purpose == .editContact(base: theirs))
        #expect(form.text(.role) == "mine")
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
