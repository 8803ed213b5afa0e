import EnlaceModel
import Foundation

/// One change of a record as `audit.jsonl` tells it, for the board's history (`h`).
public struct AuditRecord: Sendable, Equatable {
    public var at: Timestamp
    public var user: String
    public var version: Int
    /// `created`, `noteAdded`, `deleted`, or the changed fields, sorted.
    public var change: Change

    public enum Change: Sendable, Equatable {
        case created
        case noteAdded
        /// The record was deleted; `version` is the one its deletion would have had.
        case deleted
        case fields([String])
    }
}

extension Store {
    /// Every audit line about one record (`entity` is `case` or `contact`), oldest first. A
    /// line that cannot be read is skipped: the trail is for reading, and one damaged line must
    /// not hide the others. No audit file yet is an empty history.
    public func history(entity: String = "case", id: String) throws(StoreError) -> [AuditRecord] {
        guard let descriptor = try FileAccess.openRegular(auditPath, flags: O_RDONLY) else { return [] }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw .io(path: auditPath, operation: .read, errno: EIO)
        }
        let decoder = JSONDecoder()
        var records: [AuditRecord] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let entry = try? decoder.decode(AuditEntry.self, from: Data(line)),
                  entry.entity == entity, entry.id == id else { continue }
            let change: AuditRecord.Change
            switch entry.change {
            case .created: change = .created
            case .noteAdded: change = .noteAdded
            case .deleted: change = .deleted
            case .fields(let fields): change = .fields(fields.keys.sorted())
            }
            records.append(AuditRecord(at: entry.at, user: entry.user, version: entry.version, change: change))
        }
        return records
    }
}
