import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    /// Takes a case off the board: what the board's undo of creating a case does.
    ///
    /// History is never rewritten, so nothing is erased. Under the lock the case is re-read; if
    /// its version is not `expectedVersion` (someone built on it since), nothing changes and
    /// `StoreError.conflict` carries the case on disk. Otherwise `cases/<id>.json` is renamed to
    /// its tombstone `cases/.<id>.json.deleted` (hidden, so no load, list or index reads it; the
    /// last version stays on disk), the directory is synced, and one audit line
    /// `"change": "deleted"` is appended with the whole record in `record` and the next version.
    /// If the audit line cannot be written the rename is taken back, so "nothing was changed"
    /// is true; a crash between the two leaves the case deleted without its audit line, the
    /// same window a save has (RELIABILITY.md), never an audit line for a case still there.
    ///
    /// The tombstone keeps the id taken: a later creation or import of it is refused with
    /// `StoreError.deleted`, so an id's history in the audit log is one case's.
    /// Returns the case as it was deleted.
    @discardableResult
    public func deleteCase(id: String, expectedVersion: Int) throws(StoreError) -> Case {
        try requireWritable()
        try Store.requireFileNameSafe(id)
        return try withLock { () throws(StoreError) -> Case in
            guard let existing = try readCase(id: id) else { throw missingCaseError(id: id) }
            guard existing.version == expectedVersion else {
                var mine = existing
                mine.version = expectedVersion
                throw .conflict(mine: .case(mine), theirs: .case(existing))
            }
            let record: JSONValue
            do {
                record = try JSONValue.of(existing)
            } catch {
                throw .io(path: casePath(id: id), operation: .write, errno: EINVAL)
            }
            let path = casePath(id: id)
            let tombstone = tombstonePath(id: id)
            if files.exists(tombstone) { throw deletedError(caseID: id) }
            if files.calls.rename(path, tombstone) != 0 { throw .io(path: path, operation: .rename, errno: errno) }
            func putBack() {
                _ = files.calls.rename(tombstone, path)
                try? files.syncDirectory(casesPath)
            }
            do throws(StoreError) {
                try files.syncDirectory(casesPath)
                try appendAudit([AuditEntry(
                    at: now(), user: user, entity: "case", id: id, version: existing.version + 1, change: .deleted,
                    record: record)])
            } catch {
                putBack()
                throw error
            }
            return existing
        }
    }

    /// Why no case has this id: `StoreError.deleted` with who deleted it and when (from its
    /// audit line) when its tombstone is there, else `StoreError.notFound`. Reads the audit log
    /// only for a deleted case.
    public func missingCaseError(id: String) -> StoreError {
        guard (try? Store.requireFileNameSafe(id)) != nil, files.exists(tombstonePath(id: id)) else { return .notFound(id: id) }
        return deletedError(caseID: id)
    }

    /// `cases/.MX-2026-0042.json.deleted`: where a deleted case's last version stays.
    func tombstonePath(id: String) -> String { casesPath + "/." + id + ".json" + Self.tombstoneSuffix }

    static let tombstoneSuffix = ".deleted"

    func deletedError(caseID id: String) -> StoreError {
        // A crash after the rename and before the audit line leaves no line to tell who and when.
        let line = (try? history(entity: "case", id: id))?.last { $0.change == .deleted }
        return .deleted(id: id, user: line?.user, at: line?.at)
    }
}
