/// The folded text free words search, per record kind: each field folded and followed by a
/// zero byte, so a word never matches across two fields. `Query.matches` and
/// `CaseSearchIndex` both use these, which is what makes them agree; so does the store's list
/// index, which keeps this text for every case.
public enum SearchableText {
    public static func append(_ record: Case, to buffer: inout [UInt8]) {
        func field(_ text: String) {
            TextFolding.append(text, to: &buffer)
            buffer.append(0)
        }
        field(record.id)
        field(record.title)
        if let titleEs = record.titleEs { field(titleEs) }
        field(record.summary)
        if let summaryEs = record.summaryEs { field(summaryEs) }
        for tag in record.tags { field(tag) }
        field(record.nextAction)
        field(record.region)
        field(record.post)
        field(record.leadAgency)
        for agency in record.agencies { field(agency) }
        for note in record.notes { field(note.text) }
    }

    static func of(_ record: Case) -> [UInt8] {
        var buffer: [UInt8] = []
        append(record, to: &buffer)
        return buffer
    }

    static func of(_ contact: Contact) -> [UInt8] {
        fields([contact.id, contact.name, contact.role, contact.post, contact.email, contact.agency])
    }

    static func of(_ entry: LogEntry) -> [UInt8] {
        fields([entry.id, entry.kind.rawValue, entry.topic, entry.topicEs ?? "", entry.summary, entry.summaryEs ?? "",
                entry.post, entry.place] + entry.officers + entry.officials + entry.agencies + entry.cases + entry.followUps)
    }

    static func of(_ agency: Agency) -> [UInt8] {
        var texts = [agency.code, agency.name.en, agency.name.es, agency.parent.en, agency.parent.es,
                     agency.focus.en, agency.focus.es]
        for former in agency.formerly { texts += [former.code, former.name] }
        return fields(texts)
    }

    private static func fields(_ texts: [String]) -> [UInt8] {
        var buffer: [UInt8] = []
        for text in texts {
            TextFolding.append(text, to: &buffer)
            buffer.append(0)
        }
        return buffer
    }
}
