import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("Read-only mode, for the kiosk")
struct ReadOnlyTests {
    @Test("loading and refused writes create, lock and delete nothing")
    func nothingChanges() throws {
        let directory = try TestDirectory()
        _ = try Store.create(at: directory.data, sample: true, user: "agarcia")
        try directory.write("{ half", to: "cases/.MX-2026-0042.json.tmp-99999-abc")
        let before = directory.listing()
        #expect(!before.contains { $0.hasPrefix(".lock ") })

        let kiosk = Sample.store(directory, mode: .readOnly)
        let result = try kiosk.load()
        #expect(!result.data.cases.isEmpty)
        #expect(result.removedTempFiles.isEmpty)
        let record = result.data.cases[0]
        let readOnly = StoreError.readOnly(path: directory.data.path)
        #expect(throws: readOnly) { try kiosk.save(record, expectedVersion: record.version) }
        #expect(throws: readOnly) { try kiosk.appendNote(caseID: record.id, note: Note(at: Sample.clock(), author: "k", text: "x")) }
        #expect(throws: readOnly) { try kiosk.save(contact: Contact(id: "C-9", name: "x", agency: "FGR"), expectedVersion: nil) }
        #expect(throws: readOnly) { try kiosk.importCases([Sample.newCase()]) }
        #expect(directory.listing() == before)
    }
}
