import EnlaceModel

/// Makes equal values of many cases share one copy in memory. A board of 100,000 cases names a
/// few hundred distinct agency lists, tag lists and regions; decoded file by file, each case
/// would hold its own copy of each (an array's heap block, or a string's past 15 bytes: about
/// 60 bytes apiece). Only fields that officers choose from a vocabulary are shared: free text
/// (titles, summaries, notes) is each case's own, and looking it up would cost time for nothing.
///
/// One pool serves one thread: a load gives each of its chunks its own; the list index's reader
/// has one for its rows.
struct SharedCaseValues {
    private var lists: [[String]: [String]] = [:]
    private var strings: [String: String] = [:]

    /// `record`, holding the pool's copy of each value it shares with a case seen before.
    mutating func share(_ record: Case) -> Case {
        var shared = record
        shared.agencies = share(record.agencies)
        shared.contacts = share(record.contacts)
        shared.tags = share(record.tags)
        shared.region = share(record.region)
        shared.post = share(record.post)
        return shared
    }

    /// `list`, or the equal one seen before.
    mutating func share(_ list: [String]) -> [String] {
        guard !list.isEmpty else { return list }
        if let known = lists[list] { return known }
        let shared = list.map { share($0) }
        lists[shared] = shared
        return shared
    }

    /// `string`, or the equal one seen before.
    mutating func share(_ string: String) -> String {
        // Up to 15 bytes of UTF-8 a string is held inline, with nothing to share.
        guard string.utf8.count > 15 else { return string }
        if let known = strings[string] { return known }
        strings[string] = string
        return string
    }
}
