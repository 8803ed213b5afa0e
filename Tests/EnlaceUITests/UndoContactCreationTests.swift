import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("update: undo of creating a contact")
struct UndoContactCreationTests {
    /// The contacts pane after the officer created C-0008 with `n`; the contact as the store saved it.
    func boardWithNewContact() -> (AppState, Contact) {
        var state = TestBoard.state(width: 120, height: 40)
        _ = update(&state, .showPane(.contacts))
        _ = press([.character("n")], &state)
        var saved = Contact(id: "C-0008", name: "Lucía Méndez", agency: "FGR")
        saved.version = 1
        _ = update(&state, .contactSaved(ContactSave(record: saved, base: nil), saved))
        return (state, saved)
    }

    @Test("u after n in the contacts pane asks the store to delete the contact at the version it was created with")
    func undoAsksForDeletion() {
        var (state, saved) = boardWithNewContact()
        #expect(state.editing == nil)
        #expect(state.selectedContact?.id == saved.id)
        #expect(press([.character("u")], &state) == [.deleteContact(saved)])
    }

    @Test("the deleted contact leaves the board and the status says so; there is nothing more to undo")
    func deletedLeavesBoard() {
        var (state, saved) = boardWithNewContact()
        let count = state.data.contacts.count
        _ = press([.character("u")], &state)
        _ = update(&state, .contactDeleted(saved))
        #expect(state.data.contacts.count == count - 1)
        #expect(!state.data.contacts.contains { $0.id == saved.id })
        #expect(state.selectedContact != nil && state.selectedContact?.id != saved.id)
        #expect(state.statusMessage?.phrase == .undoneCreation)
        #expect(state.statusMessage?.arguments.contains(.init("id", saved.id)) == true)
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .nothingToUndo)
    }

    @Test("refused at once when the board already shows someone's change to the contact")
    func refusedWhenChangedOnBoard() {
        var (state, saved) = boardWithNewContact()
        var later = saved
        later.role = "Fiscal"
        later.version = 2
        var data = state.data
        if let index = data.contacts.firstIndex(where: { $0.id == saved.id }) { data.contacts[index] = later }
        _ = update(&state, .dataChanged(data))
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .undoRefusedContact)
        #expect(state.statusMessage?.isError == true)
        #expect(state.data.contacts.contains { $0.id == saved.id })
    }

    @Test("refused at once, naming the case, when a case on the board names the new contact")
    func refusedWhenNamedOnBoard() {
        var (state, saved) = boardWithNewContact()
        var data = state.data
        data.cases[0].contacts.append(saved.id)
        let caseID = data.cases[0].id
        _ = update(&state, .dataChanged(data))
        #expect(press([.character("u")], &state).isEmpty)
        #expect(state.statusMessage?.phrase == .undoRefusedContactInUse)
        #expect(state.statusMessage?.arguments.contains(.init("caseID", caseID)) == true)
    }

    @Test("the store's refusals keep the contact and show the reason: changed since, or named by a case")
    func storeRefusals() {
        var (state, saved) = boardWithNewContact()
        var later = saved
        later.version = 2
        #expect(press([.character("u")], &state) == [.deleteContact(saved)])
        _ = update(&state, .contactConflict(ContactSave(record: saved, base: saved, isUndo: true), theirs: later))
        #expect(state.statusMessage?.phrase == .undoRefusedContact)
        #expect(state.editing == nil)
        #expect(state.data.contacts.contains { $0.id == saved.id })

        var (fresh, created) = boardWithNewContact()
        #expect(press([.character("u")], &fresh) == [.deleteContact(created)])
        _ = update(&fresh, .contactDeleteRefused(created, caseID: "MX-2026-0099"))
        #expect(fresh.statusMessage?.phrase == .undoRefusedContactInUse)
        #expect(fresh.statusMessage?.arguments.contains(.init("caseID", "MX-2026-0099")) == true)
        #expect(fresh.data.contacts.contains { $0.id == created.id })
    }

    @Test("u takes an edit of the new contact back first, then its creation")
    func undoChainReachesCreation() {
        var (state, created) = boardWithNewContact()
        var edited = created
        edited.role = "Fiscal"
        edited.version = 2
        _ = update(&state, .contactSaved(ContactSave(record: edited, base: created), edited))
        let undo = press([.character("u")], &state).compactMap { if case .saveContact(let save) = $0 { save } else { nil } }.first
        #expect(undo?.record.role == created.role)
        #expect(undo?.isUndo == true)
        guard let undo else { return }
        var undone = undo.record
        undone.version = 3
        _ = update(&state, .contactSaved(undo, undone))
        #expect(press([.character("u")], &state) == [.deleteContact(undone)])
    }

    @Test("the status words for a refusal naming a case exist in English and Spanish")
    func words() {
        let english = UIPhrase.undoRefusedContactInUse(.en, ["id": "C-0008", "caseID": "MX-2026-0001"])
        let spanish = UIPhrase.undoRefusedContactInUse(.es, ["id": "C-0008", "caseID": "MX-2026-0001"])
        #expect(english.contains("MX-2026-0001") && english.contains("C-0008"))
        #expect(spanish.contains("MX-2026-0001") && spanish != english)
    }
}
