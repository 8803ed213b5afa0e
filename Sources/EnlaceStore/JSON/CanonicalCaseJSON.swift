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

    /// Keys in `JSONEncoder`'s sorted order; `due`, `summaryEs` and `titleEs` left out when nil.
    static func write(_ record: Case, to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.key("agencies")
        writer.strings(record.agencies)
        writer.key("contacts")
        writer.strings(record.contacts)
        writer.key("createdAt")
        writer.timestamp(record.createdAt)
        writer.key("createdBy")
        writer.string(record.createdBy)
        if let due = record.due {
            writer.key("due")
            writer.day(due)
        }
        writer.key("id")
        writer.string(record.id)
        writer.key("leadAgency")
        writer.string(record.leadAgency)
        writer.key("links")
        writer.strings(record.links)
        writer.key("marking")
        writer.string(record.marking.rawValue)
        writer.key("nextAction")
        writer.string(record.nextAction)
        writer.key("notes")
        writer.beginArray()
        for note in record.notes {
            writer.element()
            write(note, to: &writer)
        }
        writer.endArray()
        writer.key("opened")
        writer.day(record.opened)
        writer.key("post")
        writer.string(record.post)
        writer.key("priority")
        writer.string(record.priority.rawValue)
        writer.key("region")
        writer.string(record.region)
        writer.key("releasableToMexico")
        writer.bool(record.releasableToMexico)
        writer.key("status")
        writer.string(record.status.rawValue)
        writer.key("summary")
        writer.string(record.summary)
        if let summaryEs = record.summaryEs {
            writer.key("summaryEs")
            writer.string(summaryEs)
        }
        writer.key("tags")
        writer.strings(record.tags)
        writer.key("title")
        writer.string(record.title)
        if let titleEs = record.titleEs {
            writer.key("titleEs")
            writer.string(titleEs)
        }
        writer.key("updatedAt")
        writer.timestamp(record.updatedAt)
        writer.key("updatedBy")
        writer.string(record.updatedBy)
        writer.key("version")
        writer.integer(record.version)
        writer.endObject()
    }

    static func write(_ note: Note, to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
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
