import EnlaceText
import Testing
@testable import EnlaceUI

/// Grapheme clusters are the unit of text in the grid: kept whole, in the cells the terminal
/// will draw them in.
@Suite("Wide text in the grid")
struct WideTextTests {
    /// The characters of row `y` with the column each starts at.
    static func characters(_ grid: CellGrid, row y: Int) -> [(column: Int, character: Character)] {
        (0..<grid.width).filter { !grid[$0, y].isContinuation }.map { ($0, grid[$0, y].character) }
    }

    @Test("a flag is kept whole and takes 2 cells on an 80-column grid")
    func flag() {
        var grid = CellGrid(width: 80, height: 3)
        let written = grid.put("🇲🇽🇺🇸 MX|", x: 0, y: 1)
        #expect(written == 8)
        #expect(grid[0, 1].character == "🇲🇽")
        #expect(grid[1, 1].isContinuation)
        #expect(grid[2, 1].character == "🇺🇸")
        #expect(grid[3, 1].isContinuation)
        #expect(grid[7, 1].character == "|")
        #expect(grid.text.split(separator: "\n")[0] == "🇲🇽🇺🇸 MX|")
    }

    @Test("a ZWJ family emoji is kept whole in one cell and its continuation")
    func family() {
        var grid = CellGrid(width: 80, height: 1)
        let family: Character = "👨\u{200D}👩\u{200D}👧"
        grid.put("a\(family)b", x: 0, y: 0)
        #expect(Self.characters(grid, row: 0).prefix(3).map(\.character) == ["a", family, "b"])
        #expect(Self.characters(grid, row: 0).prefix(3).map(\.column) == [0, 1, 3])
        #expect(grid[2, 0].isContinuation)
    }

    @Test("Persian text keeps its ZWNJ")
    func persian() {
        var grid = CellGrid(width: 80, height: 1)
        grid.put("می\u{200C}خواهم", x: 0, y: 0)
        #expect(grid.text == "می\u{200C}خواهم")
        #expect(grid[1, 0].character == "ی\u{200C}")
    }

    @Test("a letter and its combining marks stay one cell")
    func combining() {
        var grid = CellGrid(width: 10, height: 1)
        grid.put("q\u{301}\u{323}b", x: 0, y: 0)
        #expect(grid[0, 0].character.unicodeScalars.count == 3)
        #expect(grid[1, 0].character == "b")
    }

    @Test("a flag that would straddle the edge is left out and the cut ends in …")
    func flagAtTheLimit() {
        var grid = CellGrid(width: 10, height: 1)
        let written = grid.put("abc🇲🇽de", x: 0, y: 0, maxWidth: 5)
        #expect(written == 4)
        #expect(grid.text == "abc…")
    }

    @Test("right-aligned text with a flag ends at the column asked for")
    func rightAligned() {
        var grid = CellGrid(width: 20, height: 1)
        let start = grid.putRightAligned("MX 🇲🇽", right: 20, y: 0, maxWidth: 20)
        #expect(start == 15)
        #expect(grid[18, 0].character == "🇲🇽")
        #expect(grid[19, 0].isContinuation)
    }
}
