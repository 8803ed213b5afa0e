import EnlaceText
import Testing
@testable import EnlaceUI

/// `CellGrid.put` writes Latin text scalar by scalar; these hold it to what writing character
/// by character, with each character's width, gives — the way every other text is written.
@Suite("Writing text into the grid")
struct CellGridTests {
    /// `put` as it is written for any text: character by character, with `CellWidth`.
    func reference(_ text: String, x: Int, y: Int, maxWidth: Int?, style: Style, into grid: inout CellGrid) -> Int {
        guard y >= 0, y < grid.height, x < grid.width else { return 0 }
        let limit = min(maxWidth ?? (grid.width - x), grid.width - max(0, x))
        guard limit > 0 else { return 0 }
        let safe = SafeText.line(text)
        let cut = CellWidth.of(safe) > limit
        let room = cut ? limit - 1 : limit
        var column = x, used = 0
        for character in safe {
            let cellWidth = CellWidth.of(character)
            if cellWidth == 0 { continue }  // none in these texts: SafeText keeps no lone mark
            if used + cellWidth > room { break }
            if column >= 0 {
                grid[column, y] = Cell(character, style: style)
                if cellWidth == 2, column + 1 < grid.width { grid[column + 1, y] = Cell(" ", style: style, isContinuation: true) }
            }
            column += cellWidth
            used += cellWidth
        }
        if cut, column >= 0, column < grid.width {
            grid[column, y] = Cell("…", style: style)
            used += 1
        }
        return used
    }

    @Test("Latin text is written as character by character, cut or not, wherever it starts", arguments: [
        "MX-2026-0001", "Fiscalía General de la República", "SEÑAL — señal", "", " ", "a",
        "Cargamento en Lázaro Cárdenas · ¿listo? ¡sí! «ok» ÿ", "tab\there", "new\nline", "\u{7F}\u{85}\u{9B}",
        "│", "──────────", "▸ ↑ ↓ · — … ‹›", "a\u{200B}b\u{202E}c\u{2028}", "漢字 mixed", "↚ ◽ ▪ ◾",
        // Latin long enough to be cut, then what is not: only the start decides what is shown.
        "Fiscalía General de la República 漢字", "Fiscalía General de la Republica\u{301}", "cadena de custodia\u{1B}[2J",
        "Cargamento en Lázaro Cárdenas · e\u{301}",
    ])
    func latinAsReference(text: String) {
        let style = Style(.priorityHigh, .bold)
        for x in [-3, 0, 5, 19] {
            for maxWidth in [nil, 1, 2, 4, 12, 40] as [Int?] {
                var fast = CellGrid(width: 20, height: 2)
                var slow = CellGrid(width: 20, height: 2)
                let written = fast.put(text, x: x, y: 1, maxWidth: maxWidth, style: style)
                let expected = reference(text, x: x, y: 1, maxWidth: maxWidth, style: style, into: &slow)
                #expect(written == expected, "\(text) at \(x), max \(String(describing: maxWidth))")
                let differing = (0..<fast.width).filter { fast[$0, 1] != slow[$0, 1] }
                #expect(differing.isEmpty, "\(text) at \(x), max \(String(describing: maxWidth)): cells \(differing) differ")
            }
        }
    }

    @Test("a cell gives back the character it was given, of one scalar or several")
    func cellCharacters() {
        for character: Character in ["a", "ñ", "…", "漢", "🇲🇽", "e\u{301}", "👩‍💻", "\u{FFFD}"] {
            #expect(Cell(character).character == character)
            var cell = Cell("x", style: Style(.title))
            cell.character = character
            #expect(cell.character == character)
            #expect(cell.style == Style(.title))
        }
        #expect(Cell("🇲🇽") == Cell("🇲🇽"))
        #expect(Cell("🇲🇽") != Cell("🇺🇸"))
        #expect(MemoryLayout<Cell>.stride <= 8, "a cell stays plain memory of eight bytes")
    }
}
