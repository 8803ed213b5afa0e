import EnlaceText

/// Words laid into lines of at most a given number of terminal cells (`CellWidth`), for the
/// plain-text brief: Spanish accents count one cell, CJK two, combining marks none.
enum TextWrapping {
    /// `text` (one line, already safe) wrapped: the first line begins with `first`, the others
    /// with `rest`. A word wider than a line is cut between characters. No line ends in a space.
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineWidth = CellWidth.of(first)
        var lineHasWord = false

        func newLine() {
            lines.append(trimmingTrailingSpaces(line))
            line = rest
            lineWidth = CellWidth.of(rest)
            lineHasWord = false
        }

        for word in text.split(separator: " ") {
            let wordWidth = CellWidth.of(word)
            if lineHasWord, lineWidth + 1 + wordWidth > width { newLine() }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            if lineWidth + wordWidth <= width {
                line += word
                lineWidth += wordWidth
            } else {
                for character in word {
                    let characterWidth = CellWidth.of(character)
                    if lineWidth + characterWidth > width, lineHasWord { newLine() }
                    line.append(character)
                    lineWidth += characterWidth
                    lineHasWord = true
                }
            }
            lineHasWord = true
        }
        lines.append(trimmingTrailingSpaces(line))
        return lines
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }
}
