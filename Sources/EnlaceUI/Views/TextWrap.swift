import EnlaceText

/// Breaks text into lines of at most `width` cells, at spaces where it can, measuring with
/// `CellWidth` (a CJK character is two cells). The text is made safe first, so controls count
/// as the placeholders they are drawn as.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        // Most texts are one line: `SafeText.lines` would only give back `SafeText.line`'s
        // answer, after a Foundation search for line breaks that costs more than the wrap.
        if !text.utf8.contains(0x0A) { return wrapLine(SafeText.line(text), width: width) }
        return SafeText.lines(text).flatMap { wrapLine($0, width: width) }
    }

    /// The lines of `lines(text, width:)`, kept as a `WrappedText`. A paragraph of plain Latin
    /// (printable ASCII, and U+00A0 to below U+0300, where every scalar is a character of one
    /// cell that `SafeText` leaves as it is) is wrapped on its bytes, into spans of the text:
    /// 100 MB in about a tenth of a second. Any other paragraph goes through `SafeText.line`
    /// and `wrapLine` as in `lines`. `TextWrapTests` holds both to the same lines.
    static func wrapped(_ text: String, width: Int) -> WrappedText {
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
                    for wrappedLine in wrapLine(line, width: width) { lines.appendLine(wrappedLine) }
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

    /// `wrapLine` for a paragraph of plain Latin (`isPlainLatin`), on its bytes: words are runs
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

    private static func wrapLine(_ line: String, width: Int) -> [String] {
        var result: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordWidth = cellWidth(of: word)
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                result.append(current)
                current = ""
                currentWidth = 0
            }
            // A word longer than the line is cut where the line ends.
            while wordWidth > width {
                var piece = "", pieceWidth = 0
                var rest = word[...]
                while let character = rest.first, pieceWidth + CellWidth.of(character) <= width {
                    piece.append(character)
                    pieceWidth += CellWidth.of(character)
                    rest = rest.dropFirst()
                }
                if piece.isEmpty { break }
                result.append(piece)
                word = rest
                wordWidth = CellWidth.of(word)
            }
            current = String(word)
            currentWidth = wordWidth
        }
        if currentWidth > 0 || result.isEmpty { result.append(current) }
        return result
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
