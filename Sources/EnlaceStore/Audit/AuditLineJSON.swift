import Foundation

/// An audit line's bytes: exactly `CanonicalJSON.encodeLine(entry)`. The lines of a creation, a
/// note and a deletion's mark without a record or a note's text (an import writes 100,000 of them) are written
/// directly; a line with changed fields or a deleted record goes through `JSONEncoder`.
enum AuditLineJSON {
    static func encode(_ entry: AuditEntry) throws -> Data {
        guard entry.record == nil, entry.note == nil, let change = entry.change.word else { return try CanonicalJSON.encodeLine(entry) }
        var writer = CanonicalJSONWriter(pretty: false, capacity: 160)
        writer.beginObject()
        writer.key("at")
        writer.timestamp(entry.at)
        writer.key("change")
        writer.string(change)
        writer.key("entity")
        writer.string(entry.entity)
        writer.key("id")
        writer.string(entry.id)
        writer.key("user")
        writer.string(entry.user)
        writer.key("version")
        writer.integer(entry.version)
        writer.endObject()
        writer.newline()
        return Data(writer.bytes)
    }
}
