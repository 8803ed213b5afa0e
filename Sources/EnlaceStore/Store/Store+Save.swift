import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        return try withLock { () throws(StoreError) -> Case in
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
                at: stamp, user: user, entity: "case", id: caseID, version: stored.version, change: .noteAdded)])
            return stored
        }
    }

    /// Saves one contact in `contacts.json`, with the same rules as a case: nil creates, a
    /// stale `expectedVersion` is a conflict, one audit line per change. The id of a deleted
    /// contact is not given again (`StoreError.deleted`). Returns it as saved.
    @discardableResult
    public func save(contact: Contact, expectedVersion: Int?) throws(StoreError) -> Contact {
        try requireWritable()
        return try withLock { () throws(StoreError) -> Contact in
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

    /// Adds many new cases, all or nothing: if any id is unsafe, repeated, already on the
    /// board or deleted from it, or any write fails, no case is added. The cases are stored as given (their
    /// versions and creation included); each gets one `created` audit line.
    ///
    /// Every case is first written to a temp file; only when all are written and synced are they
    /// renamed into place, and a failed rename takes back the ones before it.
    public func importCases(_ cases: [Case]) throws(StoreError) {
        try requireWritable()
        var seen: Set<String> = []
        for record in cases {
            try Store.requireFileNameSafe(record.id)
            if !seen.insert(record.id).inserted { throw .duplicateID(id: record.id) }
        }
        guard !cases.isEmpty else { return }
        try withLock { () throws(StoreError) in
            try files.makeDirectory(casesPath, mode: newDirectoryMode)
            // Two lookups a case, on every core; the first clash in the order of `cases` is the one named.
            let clashes = Chunked.map(cases.count) { range -> (taken: Int?, deleted: Int?) in
                (range.first { files.exists(casePath(id: cases[$0].id)) },
                 range.first { files.exists(tombstonePath(id: cases[$0].id)) })
            }
            if let index = clashes.lazy.compactMap(\.taken).first { throw .duplicateID(id: cases[index].id) }
            if let index = clashes.lazy.compactMap(\.deleted).first { throw deletedError(caseID: cases[index].id) }
            let temps = try writeTempsInParallel(cases)
            for (index, (record, temp)) in zip(cases, temps).enumerated() where files.calls.rename(temp, casePath(id: record.id)) != 0 {
                let failure = errno
                for done in cases[..<index] { try? files.remove(casePath(id: done.id)) }
                for left in temps[index...] { try? files.remove(left) }
                throw .io(path: casePath(id: record.id), operation: .rename, errno: failure)
            }
            // From here every case is in place; a failure takes them all out again, so an import
            // reported as failed added nothing and can be run again as it is.
            do throws(StoreError) {
                try files.syncDirectory(casesPath)
                let stamp = now()
                try appendAudit(cases.map {
                    AuditEntry(at: stamp, user: user, entity: "case", id: $0.id, version: $0.version, change: .created)
                })
            } catch {
                for record in cases { try? files.remove(casePath(id: record.id)) }
                try? files.syncDirectory(casesPath)
                throw error
            }
        }
    }

    /// Encodes each case and writes it to a temp file beside its place, on every core, then
    /// syncs them all at once; returns the temps in the order of `cases`. On any failure every
    /// temp written is removed and nothing else has changed. Encoded bytes are not kept, so an
    /// import of 100,000 cases holds one case's JSON per core, not all of them.
    private func writeTempsInParallel(_ cases: [Case]) throws(StoreError) -> [String] {
        let slots = TempSlots(count: cases.count)
        let writer = AtomicWriter(files: files)
        let mode = newFileMode
        let chunkCount = min(cases.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunkSize = (cases.count + chunkCount - 1) / chunkCount
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            for index in min(cases.count, chunk * chunkSize)..<min(cases.count, (chunk + 1) * chunkSize) {
                if slots.hasFailed { return }
                let path = casePath(id: cases[index].id)
                do throws(StoreError) {
                    let data = encode(cases[index], for: path)
                    slots.set(index, try writer.writeTemp(data, replacing: path, newFileMode: mode, sync: false))
                } catch {
                    slots.fail(error)
                    return
                }
            }
        }
        let temps = slots.values()
        do throws(StoreError) {
            if let failure = slots.failure { throw failure }
            try syncFileSystem(of: casesPath)
        } catch {
            for case let temp? in temps { try? files.remove(temp) }
            throw error
        }
        return temps.compactMap { $0 }
    }

    /// One `syncfs` for the many files of an import instead of an `fsync` each.
    private func syncFileSystem(of directory: String) throws(StoreError) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: directory, operation: .open, errno: errno) }
        defer { close(descriptor) }
        // Glibc declares syncfs only under _GNU_SOURCE, which Swift's Glibc module leaves out.
        typealias SyncFileSystem = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
            sync()
            return
        }
        if unsafeBitCast(symbol, to: SyncFileSystem.self)(descriptor) != 0 {
            throw .io(path: directory, operation: .sync, errno: errno)
        }
    }
}

/// Where the parallel import chunks leave their temp files, and the first failure.
private final class TempSlots: @unchecked Sendable {
    private var slots: [String?]
    private var firstFailure: StoreError?
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ temp: String) {
        lock.lock()
        slots[index] = temp
        lock.unlock()
    }

    func fail(_ error: StoreError) {
        lock.lock()
        if firstFailure == nil { firstFailure = error }
        lock.unlock()
    }

    var hasFailed: Bool { failure != nil }

    var failure: StoreError? {
        lock.lock()
        defer { lock.unlock() }
        return firstFailure
    }

    func values() -> [String?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
