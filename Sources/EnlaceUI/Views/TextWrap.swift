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
