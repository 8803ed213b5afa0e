import EnlaceModel

/// Writes JSON bytes exactly as `JSONEncoder` writes them with `.sortedKeys` and
/// `.withoutEscapingSlashes`, pretty-printed (`CanonicalJSON.encode`) or on one line
/// (`CanonicalJSON.encodeLine`), without the Encodable machinery: encoding was the largest cost
/// of an import of 100,000 cases.
///
/// Keys are written in the order given: callers pass them already sorted as `JSONEncoder`
/// sorts them (byte order), and leave out absent optionals as `encodeIfPresent` does.
/// Tests hold the output byte for byte to `JSONEncoder`'s.
struct CanonicalJSONWriter {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has no member yet.
    private var empty = true

    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The name of the next member of an object: `"key" : ` pretty, `"key":` on one line.
    mutating func key(_ name: String) {
        startMember()
        appendQuoted(name)
        if pretty {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: " "))
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// A string value; in an array it is the next element.
    mutating func string(_ value: String, inArray: Bool = false) {
        if inArray { startMember() }
        appendQuoted(value)
    }

    mutating func integer(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendDigits(value.magnitude)
        } else {
            appendDigits(UInt(value))
        }
    }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    /// A day as the string `Day.iso` is: `2026-11-29`.
    mutating func day(_ value: Day) {
        guard Self.isPlain(value) else { return string(value.iso) }
        bytes.append(UInt8(ascii: "\""))
        appendDay(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// An instant as the string `Timestamp.iso` is: `2026-11-29T14:05:00Z`.
    mutating func timestamp(_ value: Timestamp) {
        let day = value.day
        guard Self.isPlain(day) else { return string(value.iso) }
        let secondsOfDay = Int(((value.secondsSinceEpoch % 86_400) + 86_400) % 86_400)
        bytes.append(UInt8(ascii: "\""))
        appendDay(day)
        bytes.append(UInt8(ascii: "T"))
        appendPadded(secondsOfDay / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        appendPadded(secondsOfDay / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        appendPadded(secondsOfDay % 60, width: 2)
        bytes.append(UInt8(ascii: "Z"))
        bytes.append(UInt8(ascii: "\""))
    }

    /// A whole array of strings, `[]`-empty as `JSONEncoder` writes it.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value, inArray: true) }
        endArray()
    }

    /// Any value of a field Enlace does not know, objects with their keys sorted.
    mutating func fragment(_ value: JSONFragment) {
        switch value {
        case .null: bytes.append(contentsOf: Self.nullBytes)
        case .bool(let value): bool(value)
        case .number(let number): bytes.append(contentsOf: number.text.utf8)
        case .string(let value): string(value)
        case .array(let elements):
            beginArray()
            for element in elements {
                startMember()
                fragment(element)
            }
            endArray()
        case .object(let members):
            beginObject()
            for name in members.keys.sorted(by: JSONFragment.precedes) {
                key(name)
                fragment(members[name] ?? .null)
            }
            endObject()
        }
    }

    /// Starts an element of an array that is itself a container.
    mutating func element() { startMember() }

    mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            // JSONEncoder leaves an empty line inside an empty container: `[\n\n  ]`.
            if empty { bytes.append(UInt8(ascii: "\n")) }
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(bracket)
        empty = false
    }

    private mutating func startMember() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
    }

    private mutating func indent() {
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    // MARK: Scalars

    private mutating func appendDigits(_ value: UInt) {
        // No overflow: the divisor grows only while ten times it is still at most `value`.
        var divisor: UInt = 1
        while value / divisor >= 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A day whose parts fit their digits; `Day.iso` writes any other (none a file can hold) itself.
    private static func isPlain(_ day: Day) -> Bool {
        (0...9999).contains(day.year) && (0...99).contains(day.month) && (0...99).contains(day.day)
    }

    private mutating func appendDay(_ day: Day) {
        appendPadded(day.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(day.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(day.day, width: 2)
    }

    /// A value below 10^width, zero-padded to `width` digits.
    private mutating func appendPadded(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `"text"`, escaped as JSONEncoder escapes: `"` and `\`, and the controls below U+0020 as
    /// `\b \t \n \f \r` or `\u00xx`. Everything else, slashes, DEL, U+2028/2029 and all
    /// non-ASCII text included, is written as its UTF-8 bytes.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                appendEscape(byte)
                runStart = index + 1
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)
    private static let nullBytes: [UInt8] = Array("null".utf8)
}
