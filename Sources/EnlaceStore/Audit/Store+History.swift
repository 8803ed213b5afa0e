import EnlaceModel
import Foundation

/// One change of a record as `audit.jsonl` tells it, for the board's history (`h`). Every text
/// in it comes from the file as it is: the board makes it safe before it reaches a terminal.
public struct AuditRecord: Sendable, Equatable {
    public var at: Timestamp
    public var user: String
    public var version: Int
    /// `created`, `noteAdded`, `deleted`, or the changed fields, sorted.
    public var change: Change
    /// Each changed field's value before and after, sorted by field name; empty unless
    /// `change` is `fields`.
    public var values: [HistoryValue] = []
    /// The notes this change added: the note of a `noteAdded` line (when the line keeps it),
    /// or the notes a save of the whole case added.
    public var notes: [HistoryNote] = []
    /// What a deletion took away, in a few words (a case's title, a contact's name); nil on
    /// other lines.
    public var deletedName: String? = nil

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
            records.append(AuditRecord(entry))
        }
        return records
    }
}

extension AuditRecord {
    init(_ entry: AuditEntry) {
        at = entry.at
        user = entry.user
        version = entry.version
        switch entry.change {
        case .created:
            change = .created
        case .noteAdded:
            change = .noteAdded
            notes = entry.note.flatMap(Self.note).map { [$0] } ?? []
        case .deleted:
            change = .deleted
            if case .object(let record)? = entry.record {
                deletedName = [record["title"], record["name"]].compactMap { $0.flatMap(Self.text) }.first { !$0.isEmpty }
            }
        case .fields(let fields):
            change = .fields(fields.keys.sorted())
            for name in fields.keys.sorted() {
                guard let values = fields[name] else { continue }
                if name == "notes", case .array(let before) = values.from, case .array(let after) = values.to {
                    // Notes are only ever added: the new ones are what a reader wants, not two lists.
                    notes += after.filter { !before.contains($0) }.compactMap(Self.note)
                    if after.count >= before.count, notes.count == after.count - before.count { continue }
                }
                self.values.append(HistoryValue(field: name, from: Self.text(values.from) ?? "", to: Self.text(values.to) ?? ""))
            }
        }
    }

    /// A value as one text: a string as it is, a list as its items joined by ", ".
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .string(let text): text
        case .array(let items): items.compactMap(text).joined(separator: ", ")
        case .object(let fields): fields["text"].flatMap(text) ?? fields["name"].flatMap(text)
        }
    }

    static func note(_ value: JSONValue) -> HistoryNote? {
        guard case .object(let fields) = value, case .string(let text)? = fields["text"] else { return nil }
        let author: String = if case .string(let name)? = fields["author"] { name } else { "" }
        let releasable = if case .bool(true)? = fields["releasableToMexico"] { true } else { false }
        return HistoryNote(author: author, text: text, releasableToMexico: releasable)
    }
}
