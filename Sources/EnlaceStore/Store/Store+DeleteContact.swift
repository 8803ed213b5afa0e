import EnlaceModel
import Foundation

extension Store {
    /// Takes a contact off the board: what the board's undo of creating a contact does.
    ///
    /// Under the lock `contacts.json` is re-read. Nothing changes, and the error says why, when
    /// the contact's version is not `expectedVersion` (`StoreError.conflict` with the contact on
    /// disk) or when a case names it in its `contacts` (`StoreError.contactInUse` with the first
    /// such case): someone built on it since. Otherwise `contacts.json` is saved without it
    /// through the same atomic save as any contact change, with one audit line
    /// `"change": "deleted"` carrying the whole record in `record` and the next version; if that
    /// line cannot be written, `contacts.json` is put back as it was.
    ///
    /// The deleted id stays taken: that audit line is what keeps it, and creating a contact
    /// with it is refused with `StoreError.deleted` (see `save(contact:expectedVersion:)`).
    /// Returns the contact as it was deleted.
    @discardableResult
    public func deleteContact(id: String, expectedVersion: Int) throws(StoreError) -> Contact {
        try requireWritable()
        return try withLock { () throws(StoreError) -> Contact in
            var list = try loadList(Contact.self, key: "contacts", path: contactsPath)
            guard let index = list.records.firstIndex(where: { $0.id == id }) else { throw missingContactError(id: id) }
            let existing = list.records[index]
            guard existing.version == expectedVersion else {
                var mine = existing
                mine.version = expectedVersion
                throw .conflict(mine: .contact(mine), theirs: .contact(existing))
            }
            if let caseID = try caseNaming(contactID: id) { throw .contactInUse(id: id, caseID: caseID) }
            let record: JSONValue
            do {
                record = try JSONValue.of(existing)
            } catch {
                throw .io(path: contactsPath, operation: .write, errno: EINVAL)
            }
            list.records.remove(at: index)
            try commit(encodeList(list, for: contactsPath), to: contactsPath, audit: [AuditEntry(
                at: now(), user: user, entity: "contact", id: id, version: existing.version + 1, change: .deleted,
                record: record)])
            return existing
        }
    }

    /// Why no contact has this id: `StoreError.deleted` with who deleted it and when when the
    /// audit log has its deletion, else `StoreError.notFound`. Reads the whole audit log, so it
    /// is asked only when a contact is missing or created, never on a load.
    public func missingContactError(id: String) -> StoreError {
        guard let line = (try? history(entity: "contact", id: id))?.last(where: { $0.change == .deleted }) else {
            return .notFound(id: id)
        }
        return .deleted(id: id, user: line.user, at: line.at)
    }

    /// The first case, by id, that names the contact; reads every case file (a deletion is rare,
    /// and only the files on disk under the lock say whether someone built on the contact).
    private func caseNaming(contactID: String) throws(StoreError) -> String? {
        guard let scan = try CaseDirectoryScan.scan(casesPath) else { return nil }
        let needle = Data(contactID.utf8)
        // Only files that hold the id's bytes can name it; the others are not decoded.
        let names = scan.ids.sorted().map { $0 + ".json" }.filter { name in
            (try? files.readIfPresent(casesPath + "/" + name))??.range(of: needle) != nil
        }
        let (cases, _) = decodeCases(named: names)
        return cases.first { $0.contacts.contains(contactID) }?.id
    }
}
