import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("UndoStack: the officer's own changes, taken back one by one")
struct UndoStackTests {
    /// The test board's first case as the officer saved it: next action changed, one version on.
    static func changed() -> (before: Case, after: Case) {
        let before = TestBoard.cases[0]
        var after = before
        after.nextAction = "call FGR"
        after.version += 1
        return (before, after)
    }

    /// The board's data with `record` in place of the case of the same id.
    static func data(with record: Case) -> BoardData {
        var data = TestBoard.data
        if let index = data.cases.firstIndex(where: { $0.id == record.id }) { data.cases[index] = record } else { data.cases.append(record) }
        return data
    }

    @Test("nothing to take back: no step")
    func empty() {
        var stack = UndoStack()
        #expect(stack.takeBack(in: TestBoard.data) == nil)
    }

    @Test("a change is taken back as a save of the old values on the version it made, marked as an undo")
    func change() {
        let (before, after) = Self.changed()
        var stack = UndoStack()
        stack.record(CaseSave(record: after, base: .answered(before)), saved: after)
        var reverted = after
        reverted.nextAction = before.nextAction
        #expect(stack.takeBack(in: Self.data(with: after)) == .perform(.saveCase(CaseSave(record: reverted, base: .answered(after), isUndo: true))))
        #expect(stack.isEmpty)
    }

    @Test("someone saved the case since: the undo is refused, naming them, and the entry is gone")
    func refusedWhenMoved() {
        let (before, after) = Self.changed()
        var theirs = after
        theirs.version += 1
        theirs.updatedBy = "beto"
        var stack = UndoStack([.caseChange(before: before, after: .answered(after))])
        let step = stack.takeBack(in: Self.data(with: theirs))
        #expect(step == .refused(StatusMessage(.undoRefused, [.init("user", "beto"), .init("id", after.id)], isError: true)))
        #expect(stack.isEmpty)
    }

    @Test("a case the officer created is taken back by deleting it")
    func creation() {
        var created = TestBoard.makeCase(42, "Nuevo", lead: "FGR")
        created.version = 1
        var stack = UndoStack()
        stack.record(CaseSave(record: created, base: nil), saved: created)
        #expect(stack.last == .caseCreated(.answered(created)))
        #expect(stack.takeBack(in: Self.data(with: created)) == .perform(.deleteCase(.answered(created))))
    }

    @Test("a contact a case names now cannot be taken back")
    func contactInUse() throws {
        let contact = TestBoard.contacts[0]
        var stack = UndoStack([.contactCreated(contact)])
        let naming = try #require(TestBoard.data.cases.first { $0.contacts.contains(contact.id) })
        let step = stack.takeBack(in: TestBoard.data)
        #expect(step == .refused(StatusMessage(
            .undoRefusedContactInUse, [.init("id", contact.id), .init("caseID", naming.id)], isError: true)))
    }

    @Test("an undo that lands moves the change below it onto the new version, so u goes on")
    func rebasedAfterUndo() {
        let original = TestBoard.cases[0]
        var first = original
        first.priority = .low
        first.version += 1
        var second = first
        second.nextAction = "call FGR"
        second.version += 1
        var stack = UndoStack([.caseChange(before: original, after: .answered(first)), .caseChange(before: first, after: .answered(second))])
        guard case .perform(.saveCase(let undo))? = stack.takeBack(in: Self.data(with: second)) else {
            Issue.record("no undo save")
            return
        }
        var landed = undo.record
        landed.version += 1
        stack.record(undo, saved: landed)
        #expect(stack.entries == [.caseChange(before: original, after: .answered(landed))])
        guard case .perform(.saveCase(let next))? = stack.takeBack(in: Self.data(with: landed)) else {
            Issue.record("the first change is not taken back")
            return
        }
        #expect(next.base?.record == landed)
        #expect(next.record.priority == original.priority)
    }

    @Test("an undo that lands on a record the entry below does not match leaves the stack as it is")
    func notRebasedWhenDifferent() {
        let (before, after) = Self.changed()
        var other = TestBoard.cases[1]
        other.version += 1
        var stack = UndoStack([.caseChange(before: before, after: .answered(after))])
        stack.record(CaseSave(record: other, base: .answered(TestBoard.cases[1]), isUndo: true), saved: other)
        #expect(stack.entries == [.caseChange(before: before, after: .answered(after))])
    }
}
