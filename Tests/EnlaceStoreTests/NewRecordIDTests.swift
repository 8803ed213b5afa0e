import EnlaceModel
@testable import EnlaceStore
import Foundation
import Testing

@Suite("New records get their ids from the store")
struct NewRecordIDTests {
    @Test("the first case of a year is MX-YYYY-0001, whatever id the record carried")
    func firstCase() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let saved = try store.create(Sample.newCase(""), year: 2026)
        #expect(saved.id == "MX-2026-0001")
        #expect(saved.version == 1)
        #expect(try store.loadCase(id: "MX-2026-0001") == saved)
        #expect(directory.auditLines().count == 1)
        #expect(directory.auditLines().first?.contains("MX-2026-0001") == true)
    }

    @Test("a new case's id continues after the highest of its year; other years do not count")
    func continuesAfterHighest() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase("MX-2026-0007"), expectedVersion: nil)
        try store.save(Sample.newCase("MX-2026-0042"), expectedVersion: nil)
        try store.save(Sample.newCase("MX-2025-0100"), expectedVersion: nil)
        #expect(try store.create(Sample.newCase("MX-2026-0001"), year: 2026).id == "MX-2026-0043")
        #expect(try store.create(Sample.newCase(""), year: 2026).id == "MX-2026-0044")
    }

    @Test("the year of a new case's id is the one asked for")
    func yearFromArgument() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(Sample.newCase("MX-2026-0042"), expectedVersion: nil)
        #expect(try store.create(Sample.newCase(""), year: 2031).id == "MX-2031-0001")
        #expect(try store.create(Sample.newCase(""), year: 2025).id == "MX-2025-0001")
    }

    @Test("a deleted case's id is not given again")
    func deletedCaseIDStaysTaken() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        let created = try store.create(Sample.newCase(""), year: 2026)
        try store.deleteCase(id: created.id, expectedVersion: created.version)
        #expect(try store.create(Sample.newCase(""), year: 2026).id == "MX-2026-0002")
    }

    @Test("two stores creating cases at once on one directory get distinct ids, and every case lands")
    func racingCases() async throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory)
        let stores = [Sample.store(directory, user: "ana"), Sample.store(directory, user: "bob")]
        let rounds = 15
        let ids = await withTaskGroup(of: [String].self) { group in
            for store in stores {
                group.addTask {
                    var ids: [String] = []
                    for _ in 0..<rounds {
                        do throws(StoreError) {
                            ids.append(try store.create(Sample.newCase(""), year: 2026).id)
                        } catch {
                            Issue.record("unexpected \(error)")
                        }
                    }
                    return ids
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(ids.count == 2 * rounds)
        #expect(Set(ids).count == 2 * rounds)
        #expect(Set(ids) == Set((1...2 * rounds).map { String(format: "MX-2026-%04d", $0) }))
        #expect(try stores[0].load().data.cases.count == 2 * rounds)
        #expect(directory.auditLines().count == 2 * rounds)
    }

    @Test("a new contact's id continues after the highest, passing over deleted contacts")
    func contactIDs() throws {
        let directory = try TestDirectory()
        let store = try Sample.created(directory)
        try store.save(contact: Contact(id: "C-0005", name: "Ana Ruiz", agency: "DEA"), expectedVersion: nil)
        let created = try store.create(contact: Contact(id: "C-0001", name: "Lucía Méndez", agency: "FGR"))
        #expect(created.id == "C-0006")
        #expect(created.version == 1)
        try store.deleteContact(id: created.id, expectedVersion: 1)
        #expect(try store.create(contact: Contact(id: "", name: "Óscar Vela", agency: "FGR")).id == "C-0007")
    }

    @Test("two stores creating contacts at once get distinct ids, and every contact lands")
    func racingContacts() async throws {
        let directory = try TestDirectory()
        _ = try Sample.created(directory)
        let stores = [Sample.store(directory, user: "ana"), Sample.store(directory, user: "bob")]
        let rounds = 10
        let ids = await withTaskGroup(of: [String].self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    var ids: [String] = []
                    for round in 0..<rounds {
                        do throws(StoreError) {
                            ids.append(try store.create(contact: Contact(id: "", name: "Officer \(index)-\(round)", agency: "DEA")).id)
                        } catch {
                            Issue.record("unexpected \(error)")
                        }
                    }
                    return ids
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(Set(ids).count == 2 * rounds)
        #expect(try stores[0].load().data.contacts.count == 2 * rounds)
    }
}
