/// Breaks text into lines of at most `width` terminal cells, at spaces where it can, measuring
/// with `CellWidth`: Spanish accents count one cell, CJK two, combining marks none. A word
/// wider than a line is cut between characters; flags and emoji sequences are never split.
/// The board's panes and the plain-text brief both wrap with it.
public enum WordWrap {
    /// `text` made safe (controls count as the placeholders they are drawn as), each of its
    /// lines wrapped.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        // Most texts are one line: `SafeText.lines` would only give back `SafeText.line`'s
        // answer, after a Foundation search for line breaks that costs more than the wrap.
        if !text.utf8.contains(0x0A) { return lines(ofLine: SafeText.line(text), width: width) }
        return SafeText.lines(text).flatMap { lines(ofLine: $0, width: width) }
    }

    /// The lines of `lines(text, width:)`, kept as a `WrappedText`. A paragraph of plain Latin
    /// (printable ASCII, and U+00A0 to below U+0300, where every scalar is a character of one
    /// cell that `SafeText` leaves as it is) is wrapped on its bytes, into spans of the text:
    /// 100 MB in about a tenth of a second. Any other paragraph goes through `SafeText.line`
    /// and `lines(ofLine:width:)` as in `lines`. `HugeTextTests` holds both to the same lines.
    public static func wrapped(_ text: String, width: Int) -> WrappedText {
        guard width > 0 else { return WrappedText(source: "") }
        // As `SafeText.lines` reads the text: `\r\n` breaks a line; a `\n` still after a `\r`
        // once that is done does not (the two are one character).
        var lines = WrappedText(source: text.utf8.contains(0x0D) ? text.replacing("\r\n", with: "\n") : text)
        let source = lines
        source.withSourceBytes { bytes in
            var paragraphStart = 0
            for index in 0...bytes.count where index == bytes.count || (bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) {
                let paragraph = paragraphStart..<index
                if isPlainLatin(bytes, paragraph) {
                    wrapLatin(bytes, paragraph, width: width, into: &lines)
                } else {
                    let line = SafeText.line(String(decoding: UnsafeBufferPointer(rebasing: bytes[paragraph]), as: UTF8.self))
                    for wrappedLine in Self.lines(ofLine: line, width: width) { lines.appendLine(wrappedLine) }
                }
                paragraphStart = index + 1
            }
        }
        return lines
    }

    /// Whether every scalar of `bytes[range]` is printable ASCII or from U+00A0 to below U+0300.
    private static func isPlainLatin(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            // Two bytes, 110xxxxx 10yyyyyy: U+00A0 (C2 A0) to U+02FF (CB BF).
            guard index + 1 < range.upperBound, byte >= 0xC2, byte <= 0xCB else { return false }
            if byte == 0xC2, bytes[index + 1] < 0xA0 { return false }
            index += 2
        }
        return true
    }

    /// `lines(ofLine:width:)` for a paragraph of plain Latin (`isPlainLatin`), on its bytes: words are runs
    /// of bytes other than a space, each scalar (a byte that does not continue one) one cell.
    private static func wrapLatin(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, width: Int, into lines: inout WrappedText) {
        var lineStart = range.lowerBound, lineEnd = range.lowerBound, lineWidth = 0
        var made = 0
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == 0x20 {
                index += 1
                continue
            }
            var wordStart = index, wordWidth = 0
            while index < range.upperBound, bytes[index] != 0x20 {
                if bytes[index] & 0xC0 != 0x80 { wordWidth += 1 }
                index += 1
            }
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                lineEnd = index
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.appendSpan(lineStart..<lineEnd)
                made += 1
            }
            // A word longer than the line is cut where the line ends.
            while wordWidth > width {
                var cut = wordStart
                for _ in 0..<width {
                    cut += 1
                    while cut < index, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
                }
                lines.appendSpan(wordStart..<cut)
                made += 1
                wordStart = cut
                wordWidth -= width
            }
            lineStart = wordStart
            lineEnd = index
            lineWidth = wordWidth
        }
        if lineWidth > 0 || made == 0 { lines.appendSpan(lineStart..<lineEnd) }
    }

    /// `line` (one line, already safe) wrapped: the first line begins with `first`, the others
    /// with `rest`, and `width` counts them. Runs of spaces between words become one; no line
    /// ends in a space.
    public static func lines(ofLine line: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var result: [String] = []
        var current = first
        var currentWidth = first.isEmpty ? 0 : CellWidth.of(first)
        var hasWord = false
        let restWidth = rest.isEmpty ? 0 : CellWidth.of(rest)

        func endLine() {
            result.append(current.last == " " ? trimmingTrailingSpaces(current) : current)
            current = rest
            currentWidth = restWidth
            hasWord = false
        }

        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = cellWidth(of: word)
            if hasWord, currentWidth + 1 + wordWidth > width { endLine() }
            if hasWord {
                current += " "
                currentWidth += 1
            }
            if currentWidth + wordWidth <= width {
                current += word
                currentWidth += wordWidth
                hasWord = true
                continue
            }
            // A word longer than the line is cut where the line ends; a line holds at least one
            // character, even one wider than the line.
            for character in word {
                let characterWidth = CellWidth.of(character)
                if hasWord, currentWidth + characterWidth > width { endLine() }
                current.append(character)
                currentWidth += characterWidth
                hasWord = true
            }
        }
        result.append(current.last == " " ? trimmingTrailingSpaces(current) : current)
        return result
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    /// `CellWidth.of(word)`; for a word of safe Latin (every scalar from U+00A0 to below
    /// U+0300, or printable ASCII), where each scalar is one cell, without breaking it into
    /// characters.
    private static func cellWidth(of word: Substring) -> Int {
        var count = 0
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F, 0xA0..<0x300: count += 1
            default: return CellWidth.of(word)
            }
        }
        return count
    }
}
