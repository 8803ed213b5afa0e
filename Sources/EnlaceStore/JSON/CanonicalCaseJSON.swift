import EnlaceModel
import Foundation

/// A case file's bytes, written directly: exactly what `CanonicalJSON.encode(record)` gives
/// (the synthesized `Encodable` of `Case` and `Note` through `JSONEncoder`), several times
/// faster. Every case file the store writes goes through here: saves, notes, imports, the
/// sample board.
///
/// When a field is added to `Case` or `Note`, it must be added here too, in its sorted place;
/// the tests compare with `JSONEncoder` on every fixture and on random cases, and fail until it is.
enum CanonicalCaseJSON {
    /// The case in the store's canonical form, final newline included.
    static func encode(_ record: Case) -> Data {
        var writer = CanonicalJSONWriter(pretty: true, capacity: estimatedSize(of: record))
        write(record, to: &writer)
        writer.newline()
        return Data(writer.bytes)
    }

    /// Keys in `JSONEncoder`'s sorted order; `due`, `owner`, `summaryEs` and `titleEs` left out when nil;
    /// the unknown fields a case was read with each in its sorted place among the known ones.
    static func write(_ record: Case, to writer: inout CanonicalJSONWriter) {
        var unknown = UnknownMembers(record.unknownFields)
        func key(_ name: String) {
            unknown.write(before: name, to: &writer)
            writer.key(name)
        }
        writer.beginObject()
        key("agencies")
        writer.strings(record.agencies)
        key("contacts")
        writer.strings(record.contacts)
        key("createdAt")
        writer.timestamp(record.createdAt)
        key("createdBy")
        writer.string(record.createdBy)
        if let due = record.due {
            key("due")
            writer.day(due)
        }
        key("id")
        writer.string(record.id)
        key("leadAgency")
        writer.string(record.leadAgency)
        key("links")
        writer.strings(record.links)
        key("marking")
        writer.string(record.marking.rawValue)
        key("nextAction")
        writer.string(record.nextAction)
        key("notes")
        writer.beginArray()
        for note in record.notes {
            writer.element()
            write(note, to: &writer)
        }
        writer.endArray()
        key("opened")
        writer.day(record.opened)
        if !record.outdatedTexts.isEmpty {
            key("outdatedTexts")
            writer.strings(record.outdatedTexts)
        }
        if let owner = record.assignedOwner {
            key("owner")
            writer.string(owner)
        }
        key("post")
        writer.string(record.post)
        key("priority")
        writer.string(record.priority.rawValue)
        key("region")
        writer.string(record.region)
        key("releasableToMexico")
        writer.bool(record.releasableToMexico)
        key("status")
        writer.string(record.status.rawValue)
        key("summary")
        writer.string(record.summary)
        if let summaryEs = record.summaryEs {
            key("summaryEs")
            writer.string(summaryEs)
        }
        key("tags")
        writer.strings(record.tags)
        key("title")
        writer.string(record.title)
        if let titleEs = record.titleEs {
            key("titleEs")
            writer.string(titleEs)
        }
        key("updatedAt")
        writer.timestamp(record.updatedAt)
        key("updatedBy")
        writer.string(record.updatedBy)
        key("version")
        writer.integer(record.version)
        unknown.write(before: nil, to: &writer)
        writer.endObject()
    }

    static func write(_ note: Note, to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        if let amendedBy = note.amendedBy {
            writer.key("amendedBy")
            writer.string(amendedBy)
        }
        writer.key("at")
        writer.timestamp(note.at)
        writer.key("author")
        writer.string(note.author)
        writer.key("releasableToMexico")
        writer.bool(note.releasableToMexico)
        writer.key("text")
        writer.string(note.text)
        writer.endObject()
    }

    /// Enough room, most of the time, for the case in one allocation: its texts plus the keys
    /// and indentation around them.
    private static func estimatedSize(of record: Case) -> Int {
        var size = 1_024 + record.title.utf8.count + record.summary.utf8.count + record.nextAction.utf8.count
        size += (record.titleEs?.utf8.count ?? 0) + (record.summaryEs?.utf8.count ?? 0)
        size += 16 * (record.agencies.count + record.contacts.count + record.tags.count + record.links.count)
        for note in record.notes { size += 160 + note.text.utf8.count + note.author.utf8.count }
        return size
    }
}

/// The unknown fields of a record, written one by one in their sorted place among the known keys.
struct UnknownMembers {
    private let names: [String]
    private let fields: UnknownFields
    private var next = 0

    init(_ fields: UnknownFields) {
        self.fields = fields
        names = fields.isEmpty ? [] : fields.sortedNames
    }

    /// Writes the members whose names sort before `name` (all that are left when nil).
    mutating func write(before name: String?, to writer: inout CanonicalJSONWriter) {
        while next < names.count, name.map({ JSONFragment.precedes(names[next], $0) }) ?? true {
            writer.key(names[next])
            writer.fragment(fields.fields[names[next]] ?? .null)
            next += 1
        }
    }
}
