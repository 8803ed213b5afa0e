import EnlaceText
import EnlaceUI

/// What one character on screen is made of, ready for a `cchar_t`: a spacing character and
/// the combining marks on it, and the cells it takes.
struct Glyph: Hashable, Sendable {
    var scalars: [Unicode.Scalar]
    var width: Int

    static let blank = Glyph(scalars: [" "], width: 1)
    static let replacement = Glyph(scalars: ["\u{FFFD}"], width: 1)
}

/// Glyphs of one style to write from (x, y) on: one `mvwadd_wchnstr` call.
struct PaintRun: Hashable, Sendable {
    var x: Int
    var y: Int
    var style: Style
    var glyphs: [Glyph]
}

/// Which cells of a grid must be written, given the grid painted before: a pure function, so
/// "only what changed is sent" is tested without a terminal.
enum PaintPlan {
    /// The most combining marks a `cchar_t` holds after its spacing character (CCHARW_MAX 5).
    static let maximumMarks = 4

    /// Runs that bring a screen showing `old` (nil: unknown, paint everything) to `new`, inside
    /// the visible `width` × `height`. `widthOf` is the width ncurses will use (libc wcwidth).
    static func runs(
        from old: CellGrid?, to new: CellGrid, width: Int, height: Int, widthOf: (Unicode.Scalar) -> Int
    ) -> [PaintRun] {
        let visibleWidth = min(width, new.width)
        let visibleHeight = min(height, new.height)
        let comparable = old.map { $0.width == new.width && $0.height == new.height } ?? false
        var runs: [PaintRun] = []
        for y in 0..<max(0, visibleHeight) {
            var x = 0
            var current: PaintRun?
            while x < visibleWidth {
                let cell = new[x, y]
                let wide = !cell.isContinuation && x + 1 < visibleWidth && new[x + 1, y].isContinuation
                let span = wide ? 2 : 1
                // A cell that changed dirties the glyph after it too: that one may have been the
                // right half of a wide character the change just took away.
                let dirty = !comparable || old.map { old in
                    (max(0, x - 1)..<(x + span)).contains { old[$0, y] != new[$0, y] }
                } ?? true
                if dirty {
                    let glyphs = cell.isContinuation ? [Glyph.blank] : Self.glyphs(for: cell.character, cells: span, widthOf: widthOf)
                    if var run = current, run.style == cell.style, run.x + run.glyphs.reduce(0, { $0 + $1.width }) == x {
                        run.glyphs += glyphs
                        current = run
                    } else {
                        if let run = current { runs.append(run) }
                        current = PaintRun(x: x, y: y, style: cell.style, glyphs: glyphs)
                    }
                } else if let run = current {
                    runs.append(run)
                    current = nil
                }
                x += span
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }

    /// The glyphs that fill `cells` cells with `character`, never a control character: what the
    /// grid holds is already safe (CellGrid.put), but paint is the last line of defence. Where
    /// wcwidth and the grid disagree on the width, the grid's layout wins (a replacement
    /// character, or a blank after a narrow one), so nothing to its right shifts.
    static func glyphs(for character: Character, cells: Int, widthOf: (Unicode.Scalar) -> Int) -> [Glyph] {
        var scalars = character.unicodeScalars.map { SafeText.isUnsafe($0) ? "\u{FFFD}" : $0 }
        guard let base = scalars.first else { return Array(repeating: .blank, count: cells) }
        let baseWidth = widthOf(base)
        guard baseWidth >= 1, baseWidth <= cells else {
            return [.replacement] + Array(repeating: .blank, count: cells - 1)
        }
        scalars = [base] + scalars.dropFirst().filter { widthOf($0) == 0 }.prefix(maximumMarks)
        return [Glyph(scalars: scalars, width: baseWidth)] + Array(repeating: .blank, count: cells - baseWidth)
    }
}
