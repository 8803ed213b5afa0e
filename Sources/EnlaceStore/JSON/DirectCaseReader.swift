import EnlaceModel
import Foundation

/// Reads the usual shape of a case's JSON — a case file as the store writes it, or an import
/// line — straight from its bytes, several times faster than `JSONDecoder`: one case object
/// whose keys are the case's own, each once; strings with the escapes of JSON (no `\u`
/// surrogates); whole numbers; `true`/`false`; any spacing between them.
///
/// Anything else gives nil — an unknown or repeated key, a `null`, a missing field, a number
/// with a fraction or exponent, a surrogate escape, text that is not UTF-8, a value of the
/// wrong type, a syntax error — and the caller reads the bytes with `LocatingDecoder`, which
/// stays the reference: what it accepts is what is loaded or imported, and its messages name
/// the problems. Tests hold every case this reader gives to be the one `JSONDecoder` gives.
struct DirectCaseReader {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The case in `line` (a line or a whole file), or nil when it is not of the usual shape.
    static func read(_ line: UnsafeRawBufferPointer) -> Case? {
        var reader = DirectCaseReader(line)
        guard let record = reader.readCase() else { return nil }
        reader.skipSpaces()
        return reader.index == line.count ? record : nil
    }

    // MARK: Records

    private mutating func readCase() -> Case? {
        var id: String?, title: String?, titleEs: String?, summary: String?, summaryEs: String?
        var status: Status?, priority: Priority?, marking: Marking?, releasable: Bool?, leadAgency: String?
        var agencies: [String]?, contacts: [String]?, tags: [String]?, region: String?, post: String?
        var opened: Day?, due: Day?, nextAction: String?, links: [String]?, notes: [Note]?, version: Int?
        var createdAt: Timestamp?, createdBy: String?, updatedAt: Timestamp?, updatedBy: String?, owner: String?
        var outdatedTexts: [String]?

        let complete = readObject { reader, key in
            switch key {
            case "agencies": return Self.once(&agencies, reader.readStrings())
            case "contacts": return Self.once(&contacts, reader.readStrings())
            case "createdAt": return Self.once(&createdAt, reader.readTimestamp())
            case "createdBy": return Self.once(&createdBy, reader.readString())
            case "due": return Self.once(&due, reader.readDay())
            case "id": return Self.once(&id, reader.readString())
            case "leadAgency": return Self.once(&leadAgency, reader.readString())
            case "links": return Self.once(&links, reader.readStrings())
            case "marking": return Self.once(&marking, reader.readString().flatMap(Marking.init(rawValue:)))
            case "nextAction": return Self.once(&nextAction, reader.readString())
            case "notes": return Self.once(&notes, reader.readNotes())
            case "opened": return Self.once(&opened, reader.readDay())
            case "outdatedTexts": return Self.once(&outdatedTexts, reader.readStrings())
            case "owner": return Self.once(&owner, reader.readString())
            case "post": return Self.once(&post, reader.readString())
            case "priority": return Self.once(&priority, reader.readString().flatMap(Priority.init(rawValue:)))
            case "region": return Self.once(&region, reader.readString())
            case "releasableToMexico": return Self.once(&releasable, reader.readBool())
            case "status": return Self.once(&status, reader.readString().flatMap(Status.init(rawValue:)))
            case "summary": return Self.once(&summary, reader.readString())
            case "summaryEs": return Self.once(&summaryEs, reader.readString())
            case "tags": return Self.once(&tags, reader.readStrings())
            case "title": return Self.once(&title, reader.readString())
            case "titleEs": return Self.once(&titleEs, reader.readString())
            case "updatedAt": return Self.once(&updatedAt, reader.readTimestamp())
            case "updatedBy": return Self.once(&updatedBy, reader.readString())
            case "version": return Self.once(&version, reader.readInteger())
            default: return false
            }
        }
        guard complete, let id, let title, let status, let priority, let marking, let leadAgency, let opened,
              let version, let createdAt, let createdBy else { return nil }
        // The defaults of `Case.init(from:)`.
        return Case(
            id: id, title: title, titleEs: titleEs, summary: summary ?? "", summaryEs: summaryEs, status: status,
            priority: priority, marking: marking, releasableToMexico: releasable ?? false, leadAgency: leadAgency,
            agencies: agencies ?? [], contacts: contacts ?? [], tags: tags ?? [], region: region ?? "",
            post: post ?? "", opened: opened, due: due, nextAction: nextAction ?? "", links: links ?? [],
            notes: notes ?? [], owner: owner, outdatedTexts: outdatedTexts ?? [], version: version, createdAt: createdAt, createdBy: createdBy,
            updatedAt: updatedAt ?? createdAt, updatedBy: updatedBy ?? createdBy)
    }

    private mutating func readNotes() -> [Note]? {
        var notes: [Note] = []
        let complete = readArray { reader in
            guard let note = reader.readNote() else { return false }
            notes.append(note)
            return true
        }
        return complete ? notes : nil
    }

    /// Four fields are required, as the synthesized `Note.init(from:)` requires them;
    /// `amendedBy` is optional.
    private mutating func readNote() -> Note? {
        var at: Timestamp?, author: String?, text: String?, releasable: Bool?, amendedBy: String?
        let complete = readObject { reader, key in
            switch key {
            case "amendedBy": return Self.once(&amendedBy, reader.readString())
            case "at": return Self.once(&at, reader.readTimestamp())
            case "author": return Self.once(&author, reader.readString())
            case "releasableToMexico": return Self.once(&releasable, reader.readBool())
            case "text": return Self.once(&text, reader.readString())
            default: return false
            }
        }
        guard complete, let at, let author, let text, let releasable else { return nil }
        return Note(at: at, author: author, text: text, releasableToMexico: releasable, amendedBy: amendedBy)
    }

    /// Sets `slot` to `value` when both the slot was empty and the value was read. Inlined, as
    /// the containers below, so that no generic code runs per field.
    @inline(__always)
    private static func once<Value>(_ slot: inout Value?, _ value: Value?) -> Bool {
        guard slot == nil, let value else { return false }
        slot = value
        return true
    }

    // MARK: Containers

    /// `{ "key": value, … }`, `member` reading each value after its key; false on anything else.
    @inline(__always)
    private mutating func readObject(_ member: (inout DirectCaseReader, String) -> Bool) -> Bool {
        skipSpaces()
        guard take(UInt8(ascii: "{")) else { return false }
        skipSpaces()
        if take(UInt8(ascii: "}")) { return true }
        while true {
            guard let key = readString() else { return false }
            skipSpaces()
            guard take(UInt8(ascii: ":")) else { return false }
            skipSpaces()
            guard member(&self, key) else { return false }
            skipSpaces()
            if take(UInt8(ascii: ",")) {
                skipSpaces()
                continue
            }
            return take(UInt8(ascii: "}"))
        }
    }

    /// `[ element, … ]`; false on anything else.
    @inline(__always)
    private mutating func readArray(_ element: (inout DirectCaseReader) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        skipSpaces()
        if take(UInt8(ascii: "]")) { return true }
        while true {
            skipSpaces()
            guard element(&self) else { return false }
            skipSpaces()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "]"))
        }
    }

    private mutating func readStrings() -> [String]? {
        var strings: [String] = []
        let complete = readArray { reader in
            guard let string = reader.readString() else { return false }
            strings.append(string)
            return true
        }
        return complete ? strings : nil
    }

    // MARK: Scalars

    private mutating func readDay() -> Day? { readString().flatMap { Day(iso: $0) } }

    private mutating func readTimestamp() -> Timestamp? { readString().flatMap { Timestamp(iso: $0) } }

    private mutating func readBool() -> Bool? {
        if match("true") { return true }
        if match("false") { return false }
        return nil
    }

    /// `0` or `-?[1-9][0-9]*` that fits an `Int`; `-0`, fractions and exponents are left to the decoder.
    private mutating func readInteger() -> Int? {
        let negative = take(UInt8(ascii: "-"))
        let start = index
        var value = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            let digit = Int(bytes[index] - UInt8(ascii: "0"))
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflowTimes, !overflowSum else { return nil }
            value = sum
            index += 1
        }
        let digits = index - start
        guard digits > 0, !(bytes[start] == UInt8(ascii: "0") && (digits > 1 || negative)) else { return nil }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
        return value
    }

    /// A string whose bytes are UTF-8 with no raw control characters, and whose escapes are
    /// JSON's except surrogates.
    private mutating func readString() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = Self.validated(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return readEscapedString(from: start) }
            if byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    private mutating func readEscapedString(from start: Int) -> String? {
        var text = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return text.withUnsafeBytes { Self.validated($0) }
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = readHexScalar() else { return nil }
                    text.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            default:
                guard byte >= 0x20 else { return nil }
                text.append(byte)
            }
        }
        return nil
    }

    /// The four hex digits after `\u`, when they name a scalar (not half of a surrogate pair).
    private mutating func readHexScalar() -> Unicode.Scalar? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return Unicode.Scalar(value)
    }

    private static func validated(_ utf8: UnsafeRawBufferPointer) -> String? {
        let units = utf8.assumingMemoryBound(to: UInt8.self)
        // ASCII needs no validation, and most fields of a case are ASCII.
        if units.allSatisfy({ $0 < 0x80 }) { return String(decoding: units, as: UTF8.self) }
        return String(validating: units, as: UTF8.self)
    }

    // MARK: Bytes

    private mutating func skipSpaces() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func match(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count, let base = bytes.baseAddress,
              memcmp(base + index, word.utf8Start, count) == 0 else { return false }
        index += count
        return true
    }
}
