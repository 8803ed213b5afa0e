import EnlaceText
@testable import enlace
import Testing

/// `enlace list`'s plain output: columns aligned in terminal cells, flags and emoji sequences
/// counted as the terminal draws them.
@Suite("Plain list tables")
struct TextTableTests {
    /// The cell at which `marker` starts on each line.
    static func columns(of marker: Character, in lines: [Substring]) -> [Int] {
        lines.compactMap { line in line.firstIndex(of: marker).map { CellWidth.of(line[..<$0]) } }
    }

    @Test("a row with a flag keeps the next column aligned with the others")
    func flagAligned() {
        var table = TextTable(headers: ["NAME", "ROLE"])
        table.append(["🇲🇽🇺🇸 enlace", "|liaison"])
        table.append(["Fiscalía", "|fiscal"])
        table.append(["👨\u{200D}👩\u{200D}👧 família", "|contact"])
        let lines = table.render(width: nil).split(separator: "\n")
        #expect(lines[1].hasPrefix("🇲🇽🇺🇸 enlace"))
        #expect(Set(Self.columns(of: "|", in: Array(lines.dropFirst()))) == [13])
    }

    @Test("a last column with flags is cut to the terminal's width, not past it")
    func flagsCutToWidth() {
        var table = TextTable(headers: ["ID", "TITLE"])
        table.append(["MX-1", String(repeating: "🇲🇽", count: 40)])
        let lines = table.render(width: 40).split(separator: "\n")
        #expect(CellWidth.of(lines[1]) <= 40)
        #expect(lines[1].hasSuffix("…"))
        #expect(lines[1].contains("🇲🇽🇲🇽"))
    }
}
