import EnlaceText
import EnlaceUI
@testable import EnlaceTerminal
import Testing

@Suite("Paint plan")
struct PaintPlanTests {
    static func runs(from old: CellGrid?, to new: CellGrid) -> [PaintRun] {
        PaintPlan.runs(from: old, to: new, width: new.width, height: new.height) { CellWidth.of($0) }
    }

    static func text(of runs: [PaintRun]) -> String {
        String(String.UnicodeScalarView(runs.flatMap { $0.glyphs.flatMap(\.scalars) }))
    }

    @Test("a grid painted over itself writes nothing")
    func identical() {
        var grid = CellGrid(width: 20, height: 3)
        grid.put("MX-2026-0042 東京", x: 0, y: 1)
        #expect(Self.runs(from: grid, to: grid).isEmpty)
    }

    @Test("with nothing painted before, every cell is written, one run per row and style")
    func fromNothing() {
        var grid = CellGrid(width: 10, height: 2)
        grid.put("ab", x: 0, y: 0, style: Style(.title))
        let runs = Self.runs(from: nil, to: grid)
        #expect(runs.map(\.y) == [0, 0, 1])
        #expect(runs.reduce(0) { $0 + $1.glyphs.count } == 20)
    }

    @Test("one changed cell writes that cell and the one after it, nothing more")
    func oneChange() {
        var old = CellGrid(width: 20, height: 3)
        old.put("status: active", x: 0, y: 1)
        var new = old
        new[8, 1] = Cell("A")
        let runs = Self.runs(from: old, to: new)
        #expect(runs == [PaintRun(x: 8, y: 1, style: .normal, glyphs: [Glyph(scalars: ["A"], width: 1), Glyph(scalars: ["c"], width: 1)])])
    }

    @Test("a control character in a cell is written as U+FFFD, whatever put it there")
    func controlsReplaced() {
        var grid = CellGrid(width: 4, height: 1)
        grid[0, 0] = Cell("\u{1B}")
        grid[1, 0] = Cell("\u{07}")
        grid[2, 0] = Cell("\u{9B}")
        grid[3, 0] = Cell("\u{202E}")
        #expect(Self.text(of: Self.runs(from: nil, to: grid)) == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test("a zero-width joiner riding on a letter as if it were a mark is not written")
    func controlAsMark() {
        let riders: [Character] = ["e\u{200D}", "a\u{200C}"]
        for character in riders {
            let glyphs = PaintPlan.glyphs(for: character, cells: 1) { CellWidth.of($0) }
            #expect(glyphs.flatMap(\.scalars).allSatisfy { !SafeText.isUnsafe($0) }, "\(character.unicodeScalars.map(\.value))")
            #expect(glyphs.first?.scalars.first == character.unicodeScalars.first)
        }
    }

    @Test("a wide character takes its two cells; its continuation is not written again")
    func wide() {
        var grid = CellGrid(width: 4, height: 1)
        grid.put("東a", x: 0, y: 0)
        let runs = Self.runs(from: nil, to: grid)
        #expect(runs.flatMap(\.glyphs).map(\.width) == [2, 1, 1])
        #expect(Self.text(of: runs) == "東a ")
    }

    @Test("where the terminal's width disagrees with the grid's, the grid's layout holds")
    func widthDisagreement() {
        // A terminal that thinks 東 is narrow: a blank fills the continuation cell.
        #expect(PaintPlan.glyphs(for: "東", cells: 2) { _ in 1 } == [Glyph(scalars: ["東"], width: 1), .blank])
        // One that thinks "a" is wide in a one-cell slot: a replacement, so nothing shifts.
        #expect(PaintPlan.glyphs(for: "a", cells: 1) { _ in 2 } == [.replacement])
        // Unprintable to the terminal: a replacement.
        #expect(PaintPlan.glyphs(for: "x", cells: 1) { _ in -1 } == [.replacement])
    }

    @Test("a combining mark stays on its letter")
    func combining() {
        let glyphs = PaintPlan.glyphs(for: "e\u{301}", cells: 1) { CellWidth.of($0) }
        #expect(glyphs == [Glyph(scalars: ["e", "\u{301}"], width: 1)])
    }

    @Test("a continuation left without its wide character is written as a blank")
    func orphanContinuation() {
        var old = CellGrid(width: 4, height: 1)
        old.put("東", x: 0, y: 0)
        var new = old
        new[0, 0] = Cell("x")
        let runs = Self.runs(from: old, to: new)
        #expect(Self.text(of: runs) == "x ")
    }
}

@Suite("Paint plan for grapheme clusters")
struct ClusterPaintPlanTests {
    static func glyphs(_ character: Character, cells: Int) -> [Glyph] {
        PaintPlan.glyphs(for: character, cells: cells) { CellWidth.of($0) }
    }

    @Test("a flag is written as its two regional indicators, one cell each, side by side")
    func flag() {
        #expect(Self.glyphs("🇲🇽", cells: 2) == [Glyph(scalars: ["\u{1F1F2}"], width: 1), Glyph(scalars: ["\u{1F1FD}"], width: 1)])
        var grid = CellGrid(width: 6, height: 1)
        grid.put("🇲🇽🇺🇸x", x: 0, y: 0)
        let runs = PaintPlanTests.runs(from: nil, to: grid)
        #expect(PaintPlanTests.text(of: runs) == "🇲🇽🇺🇸x ")
    }

    @Test("a ZWJ family is one glyph of two cells holding every scalar")
    func family() {
        let family: Character = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        #expect(Self.glyphs(family, cells: 2) == [Glyph(scalars: Array(family.unicodeScalars), width: 2)])
    }

    @Test("a Persian letter keeps its ZWNJ; a Latin one does not")
    func nonJoiner() {
        #expect(Self.glyphs("ی\u{200C}", cells: 1) == [Glyph(scalars: ["ی", "\u{200C}"], width: 1)])
        #expect(Self.glyphs("a\u{200C}", cells: 1) == [Glyph(scalars: ["a"], width: 1)])
    }

    @Test("a cluster the terminal would draw wider than the grid gives it is a replacement")
    func tooWide() {
        #expect(Self.glyphs("🇲🇽", cells: 1) == [.replacement])
        #expect(PaintPlan.glyphs(for: "🇲🇽", cells: 2) { _ in 2 } == [.replacement, .blank])
    }
}
