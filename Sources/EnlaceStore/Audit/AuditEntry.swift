import Foundation
import EnlaceModel

/// One line of `audit.jsonl`: who changed which record, when, to which version, and how.
struct AuditEntry: Codable, Equatable, Sendable {
    var at: Timestamp
    var user: String
    /// `case` or `contact`.
    var entity: String
    var id: String
    var version: Int
    var change: AuditChange
    /// The whole record as it was when it was deleted: the audit log keeps what a deletion
    /// took away, so the history can still tell it. Absent on every other line.
    var record: JSONValue? = nil
    /// The note a `note added` line added, so the history can show its text. Absent on other
    /// lines, and on note lines written before it was kept.
    var note: JSONValue? = nil
}

/// How a record changed: `"created"`, `"note added"`, `"deleted"`, or the fields
/// `{field: {from, to}}`.
enum AuditChange: Codable, Equatable, Sendable {
    case created
    case noteAdded
    /// The record was taken off the board (the undo of its creation); the line's `record` holds it.
    case deleted
    case fields([String: FieldChange])

    struct FieldChange: Codable, Equatable, Sendable {
        var from: JSONValue
        var to: JSONValue
    }

    private static let createdText = "created"
    private static let noteAddedText = "note added"
    private static let deletedText = "deleted"

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            switch text {
            case Self.createdText: self = .created
            case Self.noteAddedText: self = .noteAdded
            case Self.deletedText: self = .deleted
            default:
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown change \"\(text)\"")
            }
        } else {
            self = .fields(try container.decode([String: FieldChange].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .created: try container.encode(Self.createdText)
        case .noteAdded: try container.encode(Self.noteAddedText)
        case .deleted: try container.encode(Self.deletedText)
        case .fields(let fields): try container.encode(fields)
        }
    }

    /// The word a creation, a note or a deletion is written as; nil for changed fields.
    var word: String? {
        switch self {
        case .created: Self.createdText
        case .noteAdded: Self.noteAddedText
        case .deleted: Self.deletedText
        case .fields: nil
        }
    }

    /// The fields that differ between two versions of a record, leaving out the bookkeeping
    /// (`version`, `updatedAt`, `updatedBy`) that every save changes.
    static func between<Record: Encodable>(_ old: Record, _ new: Record) -> AuditChange {
        guard case .object(let before)? = try? JSONValue.of(old), case .object(let after)? = try? JSONValue.of(new) else {
            return .fields([:])
        }
        let bookkeeping: Set<String> = ["version", "updatedAt", "updatedBy"]
        var changes: [String: FieldChange] = [:]
        for key in Set(before.keys).union(after.keys) where !bookkeeping.contains(key) {
            let from = before[key] ?? .null
            let to = after[key] ?? .null
            if from != to { changes[key] = FieldChange(from: from, to: to) }
        }
        return .fields(changes)
    }
}

extension JSONValue {
    /// A record as the JSON value it is written as.
    static func of<Value: Encodable>(_ value: Value) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }
}
