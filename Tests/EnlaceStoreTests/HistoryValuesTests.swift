import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("A record's history read back with its values")
struct HistoryValuesTests {
    @Test("a change gives each field's value before and after it")
    func fieldValues() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let created = try store.save(Sample.newCase(), expectedVersion: nil)
        var edited = created
        edited.title = created.title + " [ANA]"
        edited.tags = ["armas", "aduana"]
        try store.save(edited, expectedVersion: created.version)
        let history = try store.history(id: created.id)
        #expect(history.map(\.change) == [.created, .fields(["tags", "title"])])
        let values = try #require(history.last?.values)
        #expect(values.map(\.field) == ["tags", "title"])
        #expect(values.last == HistoryValue(field: "title", from: created.title, to: created.title + " [ANA]"))
        #expect(values.first?.to == "armas, aduana")
    }

    @Test("a note added keeps its text, author and releasable flag in the history")
    func noteText() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let created = try store.save(Sample.newCase(), expectedVersion: nil)
        let note = Note(at: Timestamp(iso: "2026-11-28T16:42:00Z")!, author: "agarcia", text: "Llamada con la fiscalía", releasableToMexico: true)
        try store.appendNote(caseID: created.id, note: note)
        let line = try #require(try store.history(id: created.id).last)
        #expect(line.change == .noteAdded)
        #expect(line.notes == [HistoryNote(author: "agarcia", text: "Llamada con la fiscalía", releasableToMexico: true)])
    }

    @Test("a deletion names what it took away")
    func deletedName() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let created = try store.save(Sample.newCase(), expectedVersion: nil)
        try store.deleteCase(id: created.id, expectedVersion: 1)
        #expect(try store.history(id: created.id).last?.deletedName == created.title)
    }
}
