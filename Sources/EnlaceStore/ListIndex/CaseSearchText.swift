import EnlaceModel

/// The folded text free words search in a case: every text field folded (`TextFolding`) and
/// followed by a zero byte so that a phrase never matches across two fields.
///
/// The same fields in the same order as the model's searchable text, which `Query.matches` and
/// `CaseSearchIndex` search; EnlacePerformanceTests holds the two to the same bytes.
enum CaseSearchText {
    static func append(_ record: Case, to buffer: inout [UInt8]) {
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
}
