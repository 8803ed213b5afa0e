import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("Deleting a contact (the undo of its creation)")
struct DeleteContactTests {
    /// A board with one contact kept beside the one the store just created, version 1.
    private func boardWithContact() throws -> (TestDirectory, Store, Contact) {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(contact: Contact(id: "C-0001", name: "Ana Ruiz", agency: "DEA"), expectedVersion: nil)
        let record = try store.save(contact: Contact(id: "C-0002", name: "Lucía Méndez", agency: "FGR"), expectedVersion: nil)
        return (directory, store, record)
    }

    @Test("the contact leaves contacts.json; the other contacts stay as they were")
    func goneFromContacts() throws {
        let (directory, store, record) = try boardWithContact()
        let deleted = try store.deleteContact(id: record.id, expectedVersion: 1)
        #expect(deleted == record)
        #expect(try store.load().data.contacts.map(\.id) == ["C-0001"])
        #expect(directory.text("contacts.json")?.contains("C-0002") == false)
        #expect(directory.text("contacts.json")?.contains("Ana Ruiz") == true)
    }

    @Test("one audit line says deleted, for the contact, with the next version and the whole record")
    func auditLine() throws {
        let (directory, store, record) = try boardWithContact()
        let before = directory.auditLines()
        try store.deleteContact(id: record.id, expectedVersion: 1)
        let lines = directory.auditLines()
        #expect(lines.count == before.count + 1)
        #expect(Array(lines.prefix(before.count)) == before)
        let entry = try #require(JSONSerialization.jsonObject(with: Data(lines[lines.count - 1].utf8)) as? [String: Any])
        #expect(entry["change"] as? String == "deleted")
        #expect(entry["entity"] as? String == "contact")
        #expect(entry["id"] as? String == "C-0002")
        #expect(entry["version"] as? Int == 2)
        let kept = try #require(entry["record"] as? [String: Any])
        #expect(kept["name"] as? String == "Lucía Méndez")
        #expect(kept["agency"] as? String == "FGR")
        #expect(try store.history(entity: "contact", id: record.id).map(\.change) == [.created, .deleted])
        #expect(try store.checkAuditLog().problems.isEmpty)
    }

    @Test("refused when someone has changed the contact since: theirs comes back and nothing changes")
    func refusedOnChangedVersion() throws {
        let (directory, store, record) = try boardWithContact()
        var theirs = record
        theirs.role = "Fiscal"
        theirs = try Sample.store(directory, user: "bsmith").save(contact: theirs, expectedVersion: 1)
        let before = directory.contents()
        var mine = theirs
        mine.version = 1
        #expect(throws: StoreError.conflict(mine: .contact(mine), theirs: .contact(theirs))) {
            try store.deleteContact(id: record.id, expectedVersion: 1)
        }
        #expect(directory.contents() == before)
    }

    @Test("refused, naming the case, when a case names the contact now; nothing changes")
    func refusedWhenNamed() throws {
        let (directory, store, record) = try boardWithContact()
        try store.save(Sample.newCase("MX-2026-0041"), expectedVersion: nil)
        var naming = Sample.newCase()
        naming.contacts = ["C-0001", record.id]
        try Sample.store(directory, user: "bsmith").save(naming, expectedVersion: nil)
        let before = directory.contents()
        #expect(throws: StoreError.contactInUse(id: record.id, caseID: "MX-2026-0042")) {
            try store.deleteContact(id: record.id, expectedVersion: 1)
        }
        #expect(directory.contents() == before)
    }

    @Test("a case whose text merely mentions the id does not stop the deletion")
    func mentionIsNotNaming() throws {
        let (directory, store, record) = try boardWithContact()
        defer { withExtendedLifetime(directory) {} }
        var mentioning = Sample.newCase()
        mentioning.summary = "Call C-0002 about the manifest"
        try store.save(mentioning, expectedVersion: nil)
        #expect(try store.deleteContact(id: record.id, expectedVersion: 1) == record)
    }

    @Test("a read-only store deletes nothing")
    func readOnly() throws {
        let (directory, _, record) = try boardWithContact()
        let before = directory.contents()
        #expect(throws: StoreError.readOnly(path: directory.data.path)) {
            try Sample.store(directory, mode: .readOnly).deleteContact(id: record.id, expectedVersion: 1)
        }
        #expect(directory.contents() == before)
    }

    @Test("a deleted contact's id is not given again: creating it is refused, naming who deleted it and when")
    func idNotReused() throws {
        let (directory, store, record) = try boardWithContact()
        try store.deleteContact(id: record.id, expectedVersion: 1)
        let before = directory.contents()
        let deleted = StoreError.deleted(id: record.id, user: "agarcia", at: Sample.clock())
        #expect(throws: deleted) {
            try store.save(contact: Contact(id: record.id, name: "Someone else", agency: "SEMAR"), expectedVersion: nil)
        }
        #expect(throws: deleted) { try store.save(contact: record, expectedVersion: 1) }
        #expect(throws: deleted) { try store.deleteContact(id: record.id, expectedVersion: 1) }
        #expect(directory.contents() == before)
        #expect(store.missingContactError(id: "C-0099") == .notFound(id: "C-0099"))
        #expect(try store.save(contact: Contact(id: "C-0003", name: "Someone else", agency: "SEMAR"), expectedVersion: nil).version == 1)
    }

    @Test("when the audit line cannot be written contacts.json is put back and nothing has changed")
    func auditFailureTakesBack() throws {
        let (directory, _, record) = try boardWithContact()
        let before = directory.contents()
        let failing = Sample.store(directory, calls: .failing("write", errno: ENOSPC, matching: "audit.jsonl"))
        #expect(throws: StoreError.io(path: directory.data.path + "/audit.jsonl", operation: .write, errno: ENOSPC)) {
            try failing.deleteContact(id: record.id, expectedVersion: 1)
        }
        #expect(directory.contents() == before)
    }
}
