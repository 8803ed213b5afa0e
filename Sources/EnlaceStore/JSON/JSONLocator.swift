/// Finds where in a JSON text something is wrong, as a line and a column.
///
/// `JSONDecoder` on Linux reports a syntax error without a position, and a type error with a
/// coding path but no position; a person fixing a file by hand needs both. This scanner runs only
/// after a decode failed, so it favours plainness over speed. It follows RFC 8259 strictly, as
/// the decoder does, and stops at a nesting depth so a hostile file cannot exhaust the stack.
struct JSONLocator {
    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    struct SyntaxError: Error, Equatable {
        var offset: Int
        var reason: DamageReason
    }

    static let depthLimit = 512

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The first thing that makes the text not one JSON value, or nil when it is one.
    func firstSyntaxError() -> SyntaxError? {
        if bytes.isEmpty || bytes.allSatisfy(Self.isWhitespace) { return SyntaxError(offset: 0, reason: .empty) }
        if let invalid = firstInvalidUTF8Offset() { return SyntaxError(offset: invalid, reason: .notUTF8) }
        var scanner = Scanner(bytes: bytes, target: nil)
        do {
            try scanner.document()
            return nil
        } catch {
            return error
        }
    }

    /// Where the second of two equal keys of one object starts, with that key; nil when no
    /// object repeats a key (or the text is not JSON: `firstSyntaxError` says why). Keys are
    /// compared as `JSONDecoder` compares them once unescaped: as Swift strings.
    func firstDuplicateKey() -> SyntaxError? {
        var scanner = Scanner(bytes: bytes, target: nil)
        scanner.refusesDuplicateKeys = true
        do {
            try scanner.document()
            return nil
        } catch {
            guard case .duplicateKey = error.reason else { return nil }
            return error
        }
    }

    /// A number the decoder cannot hold: a whole number beyond 64 bits, or failing that one with
    /// a fraction or an exponent (every number of a record is whole). `JSONDecoder` on Linux
    /// calls either "not valid JSON" with no path; this finds the field it meant.
    func firstNumberNotWhole() -> (offset: Int, path: [PathComponent], text: String)? {
        var scanner = Scanner(bytes: bytes, target: nil)
        scanner.tracksNumbers = true
        _ = try? scanner.document()
        return scanner.firstTooLarge ?? scanner.firstFractional
    }

    /// Where the value at `path` starts; when the path leads nowhere, where its deepest existing
    /// part starts (the object a missing key belongs in, say).
    func offset(of path: [PathComponent]) -> Int {
        var scanner = Scanner(bytes: bytes, target: path)
        _ = try? scanner.document()
        return scanner.found
    }

    /// 1-based line and column of a byte offset; the column counts characters, not bytes.
    func lineAndColumn(at offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(max(offset, 0), bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private func firstInvalidUTF8Offset() -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private struct Scanner {
        let bytes: [UInt8]
        let target: [PathComponent]?
        var position = 0
        var found = 0
        var refusesDuplicateKeys = false
        /// Set, the scanner keeps the path it is on and notes numbers an `Int` cannot hold.
        var tracksNumbers = false
        var path: [PathComponent] = []
        var firstTooLarge: (offset: Int, path: [PathComponent], text: String)?
        var firstFractional: (offset: Int, path: [PathComponent], text: String)?

        init(bytes: [UInt8], target: [PathComponent]?) {
            self.bytes = bytes
            self.target = target
        }

        mutating func document() throws(SyntaxError) {
            skipWhitespace()
            try value(depth: 0, onTarget: target.map { $0[...] })
            skipWhitespace()
            if position < bytes.count { throw SyntaxError(offset: position, reason: .trailingContent) }
        }

        private mutating func value(depth: Int, onTarget remaining: ArraySlice<PathComponent>?) throws(SyntaxError) {
            if remaining != nil { found = position }
            guard position < bytes.count else { throw SyntaxError(offset: position, reason: .unexpectedEnd) }
            switch bytes[position] {
            case UInt8(ascii: "{"): try object(depth: depth + 1, onTarget: remaining)
            case UInt8(ascii: "["): try array(depth: depth + 1, onTarget: remaining)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw unexpected(expected: .value)
            }
        }

        private mutating func object(depth: Int, onTarget remaining: ArraySlice<PathComponent>?) throws(SyntaxError) {
            guard depth <= JSONLocator.depthLimit else {
                throw SyntaxError(offset: position, reason: .nestedTooDeeply(limit: JSONLocator.depthLimit))
            }
            position += 1
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return }
            var keys: Set<String> = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw SyntaxError(offset: position, reason: .unexpectedEnd) }
                guard bytes[position] == UInt8(ascii: "\"") else { throw unexpected(expected: .quotedKey) }
                let keyOffset = position
                let key = try string()
                if refusesDuplicateKeys, !keys.insert(key).inserted {
                    throw SyntaxError(offset: keyOffset, reason: .duplicateKey(key: key))
                }
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else { throw unexpected(expected: .colon) }
                skipWhitespace()
                var child: ArraySlice<PathComponent>? = nil
                if let remaining, remaining.first == .key(key) { child = remaining.dropFirst() }
                if tracksNumbers { path.append(.key(key)) }
                try value(depth: depth, onTarget: child)
                if tracksNumbers { path.removeLast() }
                skipWhitespace()
                if consume(UInt8(ascii: "}")) { return }
                guard consume(UInt8(ascii: ",")) else { throw unexpected(expected: .commaOrClosingBrace) }
            }
        }

        private mutating func array(depth: Int, onTarget remaining: ArraySlice<PathComponent>?) throws(SyntaxError) {
            guard depth <= JSONLocator.depthLimit else {
                throw SyntaxError(offset: position, reason: .nestedTooDeeply(limit: JSONLocator.depthLimit))
            }
            position += 1
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return }
            var index = 0
            while true {
                skipWhitespace()
                var child: ArraySlice<PathComponent>? = nil
                if let remaining, remaining.first == .index(index) { child = remaining.dropFirst() }
                if tracksNumbers { path.append(.index(index)) }
                try value(depth: depth, onTarget: child)
                if tracksNumbers { path.removeLast() }
                index += 1
                skipWhitespace()
                if consume(UInt8(ascii: "]")) { return }
                guard consume(UInt8(ascii: ",")) else { throw unexpected(expected: .commaOrClosingBracket) }
            }
        }

        /// Reads a string at `position` (on its opening quote) and returns its text unescaped.
        private mutating func string() throws(SyntaxError) -> String {
            position += 1
            var text: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""):
                    position += 1
                    return Self.text(text)
                case UInt8(ascii: "\\"):
                    position += 1
                    guard position < bytes.count else { break }
                    switch bytes[position] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                        text.append(bytes[position])
                        position += 1
                    case UInt8(ascii: "b"): text.append(0x08); position += 1
                    case UInt8(ascii: "f"): text.append(0x0C); position += 1
                    case UInt8(ascii: "n"): text.append(0x0A); position += 1
                    case UInt8(ascii: "r"): text.append(0x0D); position += 1
                    case UInt8(ascii: "t"): text.append(0x09); position += 1
                    case UInt8(ascii: "u"):
                        position += 1
                        var unit: UInt16 = 0
                        for _ in 0..<4 {
                            guard position < bytes.count else { break }
                            guard let digit = Self.hexValue(bytes[position]) else { throw unexpected(expected: .hexDigit) }
                            unit = unit << 4 | UInt16(digit)
                            position += 1
                        }
                        // Kept as UTF-16 until the string ends, so that a surrogate pair becomes its one
                        // character, as the decoder reads it (a lone half becomes U+FFFD).
                        text.append(contentsOf: Self.escapeMarker)
                        text.append(UInt8(unit >> 8))
                        text.append(UInt8(unit & 0xFF))
                    default:
                        throw unexpected(expected: .escape)
                    }
                case 0x00..<0x20:
                    throw unexpected(expected: .escapedControlCharacter)
                default:
                    text.append(byte)
                    position += 1
                }
            }
            throw SyntaxError(offset: position, reason: .unexpectedEnd)
        }

        private mutating func number() throws(SyntaxError) {
            let start = position
            defer { if tracksNumbers { noteNumber(from: start) } }
            _ = consume(UInt8(ascii: "-"))
            if consume(UInt8(ascii: "0")) {
                // A leading zero stands alone: `01` is not JSON.
            } else {
                guard digits() else { throw unexpected(expected: .digit) }
            }
            if consume(UInt8(ascii: ".")) {
                guard digits() else { throw unexpected(expected: .digit) }
            }
            if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
                if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
                guard digits() else { throw unexpected(expected: .digit) }
            }
        }

        private mutating func noteNumber(from start: Int) {
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            let isWhole = !text.contains { $0 == "." || $0 == "e" || $0 == "E" }
            if isWhole, Int64(text) == nil, firstTooLarge == nil {
                firstTooLarge = (start, path, text)
            } else if !isWhole, firstFractional == nil {
                firstFractional = (start, path, text)
            }
        }

        private mutating func digits() -> Bool {
            let start = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            return position > start
        }

        private mutating func literal(_ word: String) throws(SyntaxError) {
            for expected in word.utf8 {
                guard position < bytes.count else { throw SyntaxError(offset: position, reason: .unexpectedEnd) }
                guard bytes[position] == expected else { throw unexpected(expected: .literal(word)) }
                position += 1
            }
        }

        private mutating func consume(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        private mutating func skipWhitespace() {
            while position < bytes.count, JSONLocator.isWhitespace(bytes[position]) { position += 1 }
        }

        private func unexpected(expected: ExpectedSyntax) -> SyntaxError {
            guard position < bytes.count else { return SyntaxError(offset: position, reason: .unexpectedEnd) }
            return SyntaxError(offset: position, reason: .unexpectedCharacter(found: shownCharacter(), expected: expected))
        }

        /// The character at `position`, or `U+XXXX` when it would not show (a control, a space).
        private func shownCharacter() -> String {
            var iterator = bytes[position...].makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return "?" }
            let scalar = Unicode.UTF8.decode(encoded)
            if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .format {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
            return String(Character(scalar))
        }

        /// Bytes that cannot occur in UTF-8 (0xFF): what follows them is one `\\u` code unit.
        private static let escapeMarker: [UInt8] = [0xFF]

        /// The text of a string's bytes, where each `escapeMarker` is followed by a UTF-16 unit.
        private static func text(_ bytes: [UInt8]) -> String {
            guard bytes.contains(0xFF) else { return String(decoding: bytes, as: UTF8.self) }
            var units: [UInt16] = []
            var index = 0
            var plain: [UInt8] = []
            func flushPlain() {
                units.append(contentsOf: String(decoding: plain, as: UTF8.self).utf16)
                plain.removeAll()
            }
            while index < bytes.count {
                if bytes[index] == 0xFF, index + 2 < bytes.count {
                    flushPlain()
                    units.append(UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index + 2]))
                    index += 3
                } else {
                    plain.append(bytes[index])
                    index += 1
                }
            }
            flushPlain()
            return String(decoding: units, as: UTF16.self)
        }

        private static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
    }
}
