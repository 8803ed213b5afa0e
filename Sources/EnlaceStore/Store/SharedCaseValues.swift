import EnlaceModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
/// has one for its rows, and looks its values up by the bytes they are stored in, so that a value
/// seen before is not even made (making each list only to look it up was a large part of the
/// list index's read).
struct SharedCaseValues {
    private var lists: [ExactList: [String]] = [:]
    private var strings: [ExactText: String] = [:]
    private var listsByEncoding = ByEncoding<[String]>()
    private var stringsByEncoding = ByEncoding<String>()

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

extension SharedCaseValues {
    /// The list stored as `encoded` (equal encodings are equal lists, byte for byte), shared as
    /// `share(_:)` shares it; `decode` makes it only the first time these bytes are seen.
    mutating func shareList(encoded: UnsafeRawBufferPointer, decode: () -> [String]?) -> [String]? {
        if let known = listsByEncoding[encoded] { return known }
        guard let list = decode() else { return nil }
        let shared = share(list)
        listsByEncoding[encoded] = shared
        return shared
    }

    /// The string stored as `encoded`, shared as `share(_:)` shares it.
    mutating func shareString(encoded: UnsafeRawBufferPointer, decode: () -> String?) -> String? {
        if let known = stringsByEncoding[encoded] { return known }
        guard let string = decode() else { return nil }
        let shared = share(string)
        stringsByEncoding[encoded] = shared
        return shared
    }
}

/// Values by the bytes they were read from, looked up without copying those bytes: an
/// open-addressing table with a word-at-a-time FNV-1a hash (the index's checksum), since a `Dictionary` would need a
/// key made (and hashed with SipHash) for each of 400,000 lookups.
private struct ByEncoding<Value> {
    private var encodings: [[UInt8]] = []
    private var values: [Value] = []
    /// Indices into `encodings`; -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 256)

    subscript(encoded: UnsafeRawBufferPointer) -> Value? {
        get {
            let slot = slot(of: encoded, hash: Self.hash(encoded))
            return slots[slot] < 0 ? nil : values[Int(slots[slot])]
        }
        set {
            guard let newValue else { return }
            if (encodings.count + 1) * 2 > slots.count { grow() }
            let slot = slot(of: encoded, hash: Self.hash(encoded))
            guard slots[slot] < 0 else { return values[Int(slots[slot])] = newValue }
            slots[slot] = Int32(encodings.count)
            encodings.append(Array(encoded))
            values.append(newValue)
        }
    }

    private func slot(of encoded: UnsafeRawBufferPointer, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 && !Self.equal(encodings[Int(slots[slot])], encoded) { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, encoding) in encodings.enumerated() {
            var slot = encoding.withUnsafeBytes { Int(truncatingIfNeeded: Self.hash($0)) } & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    private static func equal(_ stored: [UInt8], _ encoded: UnsafeRawBufferPointer) -> Bool {
        stored.count == encoded.count && (encoded.isEmpty || stored.withUnsafeBytes { memcmp($0.baseAddress!, encoded.baseAddress!, encoded.count) == 0 })
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let hash = ListIndexFile.checksum(bytes)
        // Fold the high bits in: the table indexes by the low ones.
        return hash ^ (hash >> 29)
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
