import EnlaceModel
import EnlaceStore
@testable import EnlaceUI
@testable import EnlaceApp
import Foundation
import Testing

/// A new case or contact saved from the board gets the id the store gives it.
@Suite("New records saved from the board")
struct NewRecordSaveTests {
    private func state(_ board: ScratchBoard, today: Day) throws -> AppState {
        AppState(data: try board.store.load().data, size: ScreenSize(width: 120, height: 40), language: .en, today: today)
    }

    private func newCase(today: Day) -> Case {
        Case(id: "", title: "Brand new", leadAgency: "DEA", opened: today, createdAt: Timestamp(day: today), createdBy: "")
    }

    @Test("a new case takes the next free id of the board's year, after one another officer just made")
    func caseIDFromStore() throws {
        let board = try ScratchBoard()
        let today = try #require(Day(year: 2031, month: 5, day: 4))
        var state = try state(board, today: today)
        // Another officer creates first: the board, which has not seen it, still gets a free id.
        let theirs = try board.otherOfficer().create(newCase(today: today), year: 2031)
        #expect(theirs.id == "MX-2031-0001")
        let runner = EffectRunner(store: board.store, exportDirectory: nil, indexBuilder: SearchIndexBuilder(wake: {}))
        #expect(!runner.perform([.saveCase(CaseSave(record: newCase(today: today), base: nil))], on: &state))
        #expect(state.selectedCase?.id == "MX-2031-0002")
        #expect(try board.store.loadCase(id: "MX-2031-0002").title == "Brand new")
    }

    @Test("a new contact takes the next free id from the store")
    func contactIDFromStore() throws {
        let board = try ScratchBoard()
        let today = try #require(Day(year: 2026, month: 5, day: 4))
        var state = try state(board, today: today)
        let highest = state.data.contacts.compactMap { Int($0.id.dropFirst(2)) }.max() ?? 0
        let runner = EffectRunner(store: board.store, exportDirectory: nil, indexBuilder: SearchIndexBuilder(wake: {}))
        let contact = Contact(id: "", name: "Lucía Méndez", agency: "FGR")
        #expect(!runner.perform([.saveContact(ContactSave(record: contact, base: nil))], on: &state))
        let expected = "C-" + String(format: "%04d", highest + 1)
        #expect(state.data.contacts.contains { $0.id == expected && $0.name == "Lucía Méndez" })
    }
}
