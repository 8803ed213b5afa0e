import EnlaceModel

/// Makes equal values of many cases share one copy in memory. A board of 100,000 cases names a
/// few hundred distinct agency lists, tag lists and regions; decoded file by file, each case
/// would hold its own copy of each (an array's heap block, or a string's past 15 bytes: about
/// 60 bytes apiece). Only fields that officers choose from a vocabulary are shared: free text
/// (titles, summaries, notes) is each case's own, and looking it up would cost time for nothing.
///
/// Values are equal when their UTF-8 bytes are, not as `String` compares them (canonical
/// equivalence): a tag written with a decomposed "ó" keeps its bytes, and `--json` and the next
/// save give back what the file holds.
///
/// One pool serves one thread: a load gives each of its chunks its own; the list index's reader
/// has one for its rows.
struct SharedCaseValues {
    private var lists: [ExactList: [String]] = [:]
    private var strings: [ExactText: String] = [:]

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

    /// `list`, or the one of the same bytes seen before.
    mutating func share(_ list: [String]) -> [String] {
        guard !list.isEmpty else { return list }
        if let known = lists[ExactList(list: list)] { return known }
        let shared = list.map { share($0) }
        lists[ExactList(list: shared)] = shared
        return shared
    }

    /// `string`, or the one of the same bytes seen before.
    mutating func share(_ string: String) -> String {
        // Up to 15 bytes of UTF-8 a string is held inline, with nothing to share.
        guard string.utf8.count > 15 else { return string }
        if let known = strings[ExactText(text: string)] { return known }
        strings[ExactText(text: string)] = string
        return string
    }
}

/// A string as a key by its UTF-8 bytes.
private struct ExactText: Hashable {
    let text: String

    static func == (lhs: ExactText, rhs: ExactText) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) { Self.hash(text, into: &hasher) }

    static func hash(_ text: String, into hasher: inout Hasher) {
        hasher.combine(text.utf8.count)
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
    }
}

/// A list of strings as a key by the UTF-8 bytes of each.
private struct ExactList: Hashable {
    let list: [String]

    static func == (lhs: ExactList, rhs: ExactList) -> Bool {
        lhs.list.count == rhs.list.count && zip(lhs.list, rhs.list).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(list.count)
        for text in list { ExactText.hash(text, into: &hasher) }
    }
}
