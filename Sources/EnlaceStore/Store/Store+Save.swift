import EnlaceModel
import Foundation

extension Store {
    /// Saves one case: creates it when `expectedVersion` is nil, else replaces the version the
    /// edit started from.
    ///
    /// Under the lock, the case is re-read from disk; if its version is not `expectedVersion`,
    /// nothing is written and `StoreError.conflict` carries this edit and the case on disk. A
    /// save bumps `version`, sets `updatedAt`/`updatedBy` (and on creation `createdAt`/
    /// `createdBy`), writes `cases/<id>.json` atomically and appends one audit line naming the
    /// changed fields. A save that changes nothing writes nothing. Returns the case as saved.
    @discardableResult
    public func save(_ record: Case, expectedVersion: Int?) throws(StoreError) -> Case {
        try requireWritable()
        try Store.requireFileNameSafe(record.id)
        return try withLock { () throws(StoreError) -> Case in try saveLocked(record, expectedVersion: expectedVersion) }
    }

    /// `save(_:expectedVersion:)` with the lock already held.
    func saveLocked(_ record: Case, expectedVersion: Int?) throws(StoreError) -> Case {
        try Store.requireFileNameSafe(record.id)
        let onDisk = try readCase(id: record.id)
        let stamp = now()
        var stored = record
        let change: AuditChange
        switch (expectedVersion, onDisk) {
        case (nil, nil):
            // A deleted case's id stays taken: its audit trail is that case's alone.
            if files.exists(tombstonePath(id: record.id)) { throw deletedError(caseID: record.id) }
            stored.version = 1
            stored.createdAt = stamp
            stored.createdBy = user
            change = .created
        case (nil, .some):
            throw .duplicateID(id: record.id)
        case (.some, nil):
            throw missingCaseError(id: record.id)
        case (let expected?, let existing?):
            guard existing.version == expected else { throw .conflict(mine: .case(record), theirs: .case(existing)) }
            // Creation is history: an edit cannot rewrite who opened the case, or when.
            stored.createdAt = existing.createdAt
            stored.createdBy = existing.createdBy
            change = AuditChange.between(existing, stored)
            if case .fields(let fields) = change, fields.isEmpty { return existing }
            stored.version = existing.version + 1
        }
        stored.updatedAt = stamp
        stored.updatedBy = user
        try files.makeDirectory(casesPath, mode: newDirectoryMode)
        let path = casePath(id: stored.id)
        try commit(encode(stored, for: path), to: path, audit: [AuditEntry(
            at: stamp, user: user, entity: "case", id: stored.id, version: stored.version, change: change)])
        return stored
    }

    /// Adds a note to a case. A note never conflicts: it is appended to the case as it is on
    /// disk under the lock, whatever version the officer was looking at. Returns the case as saved.
    @discardableResult
    public func appendNote(caseID: String, note: Note) throws(StoreError) -> Case {
        try requireWritable()
        try Store.requireFileNameSafe(caseID)
        return try withLock { () throws(StoreError) -> Case in
            guard var stored = try readCase(id: caseID) else { throw missingCaseError(id: caseID) }
            let stamp = now()
            stored.notes.append(note)
            stored.version += 1
            stored.updatedAt = stamp
            stored.updatedBy = user
            let path = casePath(id: caseID)
            try commit(encode(stored, for: path), to: path, audit: [AuditEntry(
                at: stamp, user: user, entity: "case", id: caseID, version: stored.version, change: .noteAdded,
                note: try? JSONValue.of(note))])
            return stored
        }
    }

    /// Saves one contact in `contacts.json`, with the same rules as a case: nil creates, a
    /// stale `expectedVersion` is a conflict, one audit line per change. The id of a deleted
    /// contact is not given again (`StoreError.deleted`). Returns it as saved.
    @discardableResult
    public func save(contact: Contact, expectedVersion: Int?) throws(StoreError) -> Contact {
        try requireWritable()
        return try withLock { () throws(StoreError) -> Contact in try saveLocked(contact: contact, expectedVersion: expectedVersion) }
    }

    /// `save(contact:expectedVersion:)` with the lock already held.
    func saveLocked(contact: Contact, expectedVersion: Int?) throws(StoreError) -> Contact {
        var list = try loadList(Contact.self, key: "contacts", path: contactsPath)
        let index = list.records.firstIndex { $0.id == contact.id }
        var stored = contact
        let change: AuditChange
        switch (expectedVersion, index) {
        case (nil, nil):
            // A deleted contact's id stays taken, as a case's does; only its audit line says so.
            let missing = missingContactError(id: contact.id)
            if case .deleted = missing { throw missing }
            stored.version = 1
            change = .created
            list.records.append(stored)
        case (nil, .some):
            throw .duplicateID(id: contact.id)
        case (.some, nil):
            throw missingContactError(id: contact.id)
        case (let expected?, let index?):
            let existing = list.records[index]
            guard existing.version == expected else {
                throw .conflict(mine: .contact(contact), theirs: .contact(existing))
            }
            change = AuditChange.between(existing, stored)
            if case .fields(let fields) = change, fields.isEmpty { return existing }
            stored.version = existing.version + 1
            list.records[index] = stored
        }
        try commit(encodeList(list, for: contactsPath), to: contactsPath, audit: [AuditEntry(
            at: now(), user: user, entity: "contact", id: stored.id, version: stored.version, change: change)])
        return stored
    }
}
