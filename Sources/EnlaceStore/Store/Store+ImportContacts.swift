import EnlaceModel
import Foundation

extension Store {
    /// Adds many new contacts in one write of `contacts.json`, all or nothing: if any id is
    /// unsafe, repeated, or already on the board, nothing is added. Each contact is stored as
    /// given (its version included) and gets one `created` audit line.
    ///
    /// `save(contact:expectedVersion:)` rewrites `contacts.json` once per contact; a board made
    /// with thousands of contacts (`enlace generate`) needs one write for all.
    public func importContacts(_ contacts: [Contact]) throws(StoreError) {
        try requireWritable()
        var seen: Set<String> = []
        for contact in contacts where !seen.insert(contact.id).inserted { throw .duplicateID(id: contact.id) }
        guard !contacts.isEmpty else { return }
        try withLock { () throws(StoreError) in
            var list = try loadList(Contact.self, key: "contacts", path: contactsPath)
            for existing in list.records where seen.contains(existing.id) { throw .duplicateID(id: existing.id) }
            list.records.append(contentsOf: contacts)
            try write(encodeList(list, for: contactsPath), to: contactsPath)
            let stamp = now()
            try appendAudit(contacts.map {
                AuditEntry(at: stamp, user: user, entity: "contact", id: $0.id, version: $0.version, change: .created)
            })
        }
    }
}
