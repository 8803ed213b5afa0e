import EnlaceText
import EnlaceUI

/// What one ncurses cell is given, ready for a `cchar_t`: a spacing character, the combining
/// marks on it and the emoji a ZERO WIDTH JOINER joins to it, and the cells ncurses moves on
/// by (`wcwidth` of the first). A grapheme cluster is one glyph or several side by side: a flag
/// is its two regional indicators, one cell each.
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
                var span = 1
                while !cell.isContinuation, x + span < visibleWidth, new[x + span, y].isContinuation { span += 1 }
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
    /// grid holds is already safe (CellGrid.put), but paint is the last line of defence, so an
    /// unsafe first scalar is written as U+FFFD and an unsafe one after it is left out (a
    /// joiner only stays where `SafeText` keeps it). Where wcwidth and the grid disagree on the
    /// width, the grid's layout wins (a replacement character, or blanks after narrower
    /// glyphs), so nothing to its right shifts.
    static func glyphs(for character: Character, cells: Int, widthOf: (Unicode.Scalar) -> Int) -> [Glyph] {
        var glyphs: [Glyph] = []
        var previous: Unicode.Scalar?
        for scalar in character.unicodeScalars {
            defer { previous = scalar }
            if glyphs.isEmpty {
                let width = SafeText.isUnsafe(scalar) ? 1 : widthOf(scalar)
                guard width >= 1 else { return [.replacement] + Array(repeating: .blank, count: max(0, cells - 1)) }
                glyphs.append(SafeText.isUnsafe(scalar) ? .replacement : Glyph(scalars: [scalar], width: width))
                continue
            }
            if SafeText.isUnsafe(scalar), !(SafeText.isJoiner(scalar) && SafeText.joins(after: previous)) { continue }
            let width = widthOf(scalar)
            if width == 0 || previous == CellWidth.zeroWidthJoiner {
                glyphs[glyphs.count - 1].scalars.append(scalar)
            } else {
                glyphs.append(width > 0 ? Glyph(scalars: [scalar], width: width) : .replacement)
            }
        }
        let total = glyphs.reduce(0) { $0 + $1.width }
        guard total >= 1, total <= cells else {
            return [.replacement] + Array(repeating: .blank, count: max(0, cells - 1))
        }
        return glyphs + Array(repeating: .blank, count: cells - total)
    }
}
