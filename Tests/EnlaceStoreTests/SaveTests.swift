import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("Saving records")
struct SaveTests {
    @Test("a case saved and loaded again is the same case, version 1, stamped with the user")
    func roundTrip() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let saved = try store.save(Sample.newCase(), expectedVersion: nil)
        #expect(saved.version == 1)
        #expect(saved.createdBy == "agarcia")
        #expect(saved.updatedAt == Sample.clock())
        let loaded = try store.load().data.cases
        #expect(loaded == [saved])
    }

    @Test("an edit bumps the version and keeps who created the case")
    func edit() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        var record = try store.save(Sample.newCase(), expectedVersion: nil)
        record.status = .waiting
        record.createdBy = "mallory"
        let saved = try store.save(record, expectedVersion: 1)
        #expect(saved.version == 2)
        #expect(saved.createdBy == "agarcia")
        #expect(try store.loadCase(id: record.id) == saved)
    }

    @Test("creating an id that exists is refused")
    func duplicate() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase(), expectedVersion: nil)
        #expect(throws: StoreError.duplicateID(id: "MX-2026-0042")) {
            try store.save(Sample.newCase(), expectedVersion: nil)
        }
    }

    @Test("editing a case that is not there is notFound")
    func missing() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        #expect(throws: StoreError.notFound(id: "MX-2026-0042")) {
            try store.save(Sample.newCase(), expectedVersion: 3)
        }
    }

    @Test("an id that would leave cases/ is refused before anything is written")
    func unsafeID() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let before = directory.listing()
        for id in ["../board", ".hidden", "", "a/b", "MX\u{1B}[2J"] {
            #expect(throws: StoreError.invalidID(id: id)) { try store.save(Sample.newCase(id), expectedVersion: nil) }
        }
        #expect(directory.listing() == before)
    }

    @Test("a second store saving a stale version gets a conflict with both versions, and nothing is written")
    func conflict() throws {
        let directory = try TestDirectory()
        let first = try Sample.created(directory)
        let second = Sample.store(directory, user: "bsmith")
        let original = try first.save(Sample.newCase(), expectedVersion: nil)

        // Both officers start from version 1.
        var mine = try second.load().data.cases[0]
        var theirs = try first.load().data.cases[0]
        theirs.status = .waiting
        let saved = try first.save(theirs, expectedVersion: original.version)
        let bytesAfterFirst = directory.bytes("cases/MX-2026-0042.json")
        let auditAfterFirst = directory.auditLines()

        mine.priority = .critical
        #expect(throws: StoreError.conflict(mine: .case(mine), theirs: .case(saved))) {
            try second.save(mine, expectedVersion: original.version)
        }
        #expect(directory.bytes("cases/MX-2026-0042.json") == bytesAfterFirst)
        #expect(directory.auditLines() == auditAfterFirst)
        #expect(try first.loadCase(id: mine.id).status == .waiting)
    }

    @Test("saves from two stores at once all land: each either saves or conflicts, none is lost")
    func concurrentSaves() async throws {
        let directory = try TestDirectory()
        let setup = try Sample.created(directory)
        try setup.save(Sample.newCase(), expectedVersion: nil)
        let stores = [Sample.store(directory, user: "ana"), Sample.store(directory, user: "bob")]
        let rounds = 20
        // Each writer retries on conflict with the version on disk, as the board does.
        let saved = await withTaskGroup(of: Int.self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    var count = 0
                    for round in 0..<rounds {
                        while true {
                            guard var record = try? store.loadCase(id: "MX-2026-0042") else { continue }
                            let expected = record.version
                            record.tags.append("w\(index)-\(round)")
                            do throws(StoreError) {
                                try store.save(record, expectedVersion: expected)
                                count += 1
                                break
                            } catch .conflict {
                                continue
                            } catch {
                                Issue.record("unexpected \(error)")
                                return count
                            }
                        }
                    }
                    return count
                }
            }
            return await group.reduce(0, +)
        }
        let final = try setup.loadCase(id: "MX-2026-0042")
        #expect(saved == 2 * rounds)
        #expect(final.tags.count == 2 * rounds)
        #expect(final.version == 1 + 2 * rounds)
        #expect(directory.auditLines().count == 1 + 2 * rounds)
    }

    @Test("notes from two stores never conflict and are all kept")
    func concurrentNotes() async throws {
        let directory = try TestDirectory()
        let setup = try Sample.created(directory)
        try setup.save(Sample.newCase(), expectedVersion: nil)
        let stores = [Sample.store(directory, user: "ana"), Sample.store(directory, user: "bob")]
        await withTaskGroup(of: Void.self) { group in
            for store in stores {
                group.addTask {
                    for number in 0..<15 {
                        let note = Note(at: Sample.clock(), author: store.user, text: "call \(number)")
                        #expect(throws: Never.self) { try store.appendNote(caseID: "MX-2026-0042", note: note) }
                    }
                }
            }
        }
        let record = try setup.loadCase(id: "MX-2026-0042")
        #expect(record.notes.count == 30)
        #expect(record.notes.filter { $0.author == "bob" }.count == 15)
        #expect(record.version == 31)
    }

    @Test("a save that changes nothing writes nothing")
    func noChange() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let saved = try store.save(Sample.newCase(), expectedVersion: nil)
        // The lock sidecar is touched by every save; the records and the log are what must not be.
        let before = directory.listing().filter { !$0.hasPrefix(".lock ") }
        #expect(try store.save(saved, expectedVersion: 1) == saved)
        #expect(directory.listing().filter { !$0.hasPrefix(".lock ") } == before)
    }

    @Test("a contact is created, edited, and a stale edit conflicts")
    func contacts() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        var contact = try store.save(
            contact: Contact(id: "C-0101", name: "Lucía Hernández", agency: "FGR", version: 7), expectedVersion: nil)
        #expect(contact.version == 1)
        contact.role = "Enlace internacional"
        let edited = try store.save(contact: contact, expectedVersion: 1)
        #expect(edited.version == 2)
        #expect(try store.load().data.contacts == [edited])
        #expect(throws: StoreError.conflict(mine: .contact(contact), theirs: .contact(edited))) {
            try store.save(contact: contact, expectedVersion: 1)
        }
    }

    @Test("a contacts file in the {\"contacts\": [...]} shape keeps that shape and its other keys")
    func wrappedContacts() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try directory.write(#"{"note": "fictional", "contacts": []}"#, to: "contacts.json")
        try store.save(contact: Contact(id: "C-0101", name: "Ana", agency: "FGR"), expectedVersion: nil)
        let text = try #require(directory.text("contacts.json"))
        #expect(text.contains(#""note" : "fictional""#))
        #expect(try store.load().data.contacts.map(\.id) == ["C-0101"])
    }
}
