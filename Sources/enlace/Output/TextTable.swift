import EnlaceText

/// Plain output as aligned columns: every cell made safe for the terminal, widths measured in
/// terminal cells, and — when a width is given — the last column cut to fit it.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(headers: [String]) { self.headers = headers }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines; `width` nil means do not cut.
    func render(width: Int?) -> String {
        let safeRows = ([headers] + rows).map { $0.map(Self.safe) }
        var widths = Array(repeating: 0, count: headers.count)
        for row in safeRows {
            for (column, cell) in row.enumerated() where column < widths.count - 1 {
                widths[column] = max(widths[column], CellWidth.of(cell))
            }
        }
        return safeRows.map { row in
            var line = ""
            var used = 0
            for (column, cell) in row.enumerated() {
                if column == row.count - 1 {
                    line += fit(cell, width.map { max(1, $0 - used) })
                } else {
                    let padded = cell + String(repeating: " ", count: widths[column] - CellWidth.of(cell)) + "  "
                    line += padded
                    used += widths[column] + 2
                }
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// `SafeText.line`, without its Unicode normalization for the printable ASCII most cells
    /// are: `enlace list` prints 100,000 rows.
    private static func safe(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) ? text : SafeText.line(text)
    }

    private func fit(_ text: String, _ limit: Int?) -> String {
        guard let limit, CellWidth.of(text) > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let width = CellWidth.of(character)
            if used + width > limit - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }
}
