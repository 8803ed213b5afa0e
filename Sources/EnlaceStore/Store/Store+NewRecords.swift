import EnlaceModel

extension Store {
    /// Saves `record` as a new case under the next free id of `year`: one above the highest
    /// `MX-<year>-NNNN` in `cases/`, deleted cases' tombstones included, since a deleted case's id
    /// is never given again. The id is chosen under the data directory's lock, so two officers
    /// creating at once get two ids; whatever id `record` carries is ignored. Then as
    /// `save(_:expectedVersion: nil)`: version 1, creation stamps, one audit line. Returns the
    /// case as saved.
    @discardableResult
    public func create(_ record: Case, year: Int) throws(StoreError) -> Case {
        try requireWritable()
        return try withLock { () throws(StoreError) -> Case in
            var stored = record
            stored.id = try nextCaseID(year: year)
            return try saveLocked(stored, expectedVersion: nil)
        }
    }

    /// Saves `contact` as a new contact under the next free `C-NNNN`: one above the highest in
    /// `contacts.json`, passing over ids of deleted contacts. Chosen under the lock, as for a
    /// case; whatever id `contact` carries is ignored. Returns the contact as saved.
    @discardableResult
    public func create(contact: Contact) throws(StoreError) -> Contact {
        try requireWritable()
        return try withLock { () throws(StoreError) -> Contact in
            let list = try loadList(Contact.self, key: "contacts", path: contactsPath)
            let highest = list.records.compactMap { Self.number(in: $0.id, prefix: "C-") }.max() ?? 0
            var number = highest + 1
            // A deleted contact leaves only its audit lines behind; its id stays taken.
            while case .deleted = missingContactError(id: Self.identifier(prefix: "C-", number: number)) {
                number += 1
            }
            var stored = contact
            stored.id = Self.identifier(prefix: "C-", number: number)
            return try saveLocked(contact: stored, expectedVersion: nil)
        }
    }

    /// One above the highest number of `year` among the case files and tombstones in `cases/`.
    private func nextCaseID(year: Int) throws(StoreError) -> String {
        let prefix = "MX-\(Self.yearDigits(year))-"
        var highest = 0
        for name in try files.list(casesPath) ?? [] {
            // `MX-2026-0042.json`, or a tombstone `.MX-2026-0042.json.deleted`.
            var stem = Substring(name)
            if stem.hasPrefix("."), stem.hasSuffix(".json" + Self.tombstoneSuffix) {
                stem = stem.dropFirst().dropLast(Self.tombstoneSuffix.count)
            }
            guard stem.hasSuffix(".json") else { continue }
            let id = String(stem.dropLast(".json".count))
            guard let number = Self.number(in: id, prefix: prefix) else { continue }
            highest = max(highest, number)
        }
        return Self.identifier(prefix: prefix, number: highest + 1)
    }

    private static func yearDigits(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func number(in id: String, prefix: String) -> Int? {
        guard id.hasPrefix(prefix) else { return nil }
        return Int(id.dropFirst(prefix.count))
    }

    /// `prefix` and the number in at least four digits: `C-0007`, `MX-2026-0042`, `MX-2026-10000`.
    private static func identifier(prefix: String, number: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
