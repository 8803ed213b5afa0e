import CEnlaceOverlay
import CNcursesw
import EnlaceUI

/// Writes grids to an ncurses window, only what changed since the grid painted before, and
/// turns styles into attributes and colour pairs through the theme.
struct Painter {
    let theme: Theme
    /// Whether `use_default_colors` worked, so -1 means the terminal's own colours.
    let hasDefaultColors: Bool
    /// Where ncurses writes: clusters longer than a cchar_t holds are written here after it.
    let output: Int32
    private(set) var lastGrid: CellGrid?
    private var pairs: [PairKey: Int16] = [:]
    private var appearances: [Style: (attributes: attr_t, pair: Int16)] = [:]

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(theme: Theme, hasDefaultColors: Bool, output: Int32) {
        self.theme = theme
        self.hasDefaultColors = hasDefaultColors
        self.output = output
    }

    /// Forgets what is on screen: the next paint writes every cell.
    mutating func invalidate() { lastGrid = nil }

    mutating func paint(_ grid: CellGrid, on window: UnsafeMutablePointer<WINDOW>) {
        let screenWidth = Int(enlace_cols())
        let screenHeight = Int(enlace_lines())
        if lastGrid == nil || lastGrid?.width != grid.width || lastGrid?.height != grid.height {
            // Whatever the grid does not cover must not keep what was there.
            werase(window)
            lastGrid = nil
        }
        let runs = PaintPlan.runs(from: lastGrid, to: grid, width: screenWidth, height: screenHeight) { scalar in
            Int(enlace_wcwidth(scalar.value))
        }
        var cells: [cchar_t] = []
        var overlays: [(x: Int, y: Int, glyph: Glyph, attributes: attr_t, pair: Int16)] = []
        let capacity = Int(enlace_ccharw_max())
        for run in runs {
            let (attributes, pair) = look(run.style)
            cells.removeAll(keepingCapacity: true)
            var x = run.x
            for glyph in run.glyphs {
                var cell = cchar_t()
                var characters = glyph.scalars.prefix(capacity).map { wchar_t(bitPattern: $0.value) }
                if enlace_setcchar_cluster(&cell, &characters, Int32(characters.count), attributes, pair) != 0 {
                    var replacement: [wchar_t] = [0xFFFD]
                    enlace_setcchar_cluster(&cell, &replacement, 1, attributes, pair)
                } else if glyph.scalars.count > capacity {
                    // ncurses keeps what fits, which is also what tells it the cell changed.
                    overlays.append((x, run.y, glyph, attributes, pair))
                }
                cells.append(cell)
                x += glyph.width
            }
            mvwadd_wchnstr(window, Int32(run.y), Int32(run.x), &cells, Int32(cells.count))
        }
        lastGrid = grid
        wnoutrefresh(window)
        doupdate()
        guard !overlays.isEmpty else { return }
        // A cluster longer than a cchar_t holds (a family of four, a flag of Scotland) is written
        // whole over the part of it that ncurses drew, in the same cells.
        for overlay in overlays {
            let text = String(String.UnicodeScalarView(overlay.glyph.scalars))
            enlace_overlay_text(Int32(overlay.y), Int32(overlay.x), text, overlay.attributes, overlay.pair)
        }
        enlace_overlay_send(output)
    }

    private mutating func look(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        if let known = appearances[style] { return known }
        let appearance = theme.appearance(for: style)
        var attributes = enlace_a_normal()
        if appearance.attributes.contains(.bold) { attributes |= enlace_a_bold() }
        if appearance.attributes.contains(.dim) { attributes |= enlace_a_dim() }
        if appearance.attributes.contains(.underline) { attributes |= enlace_a_underline() }
        if appearance.attributes.contains(.reverse) { attributes |= enlace_a_reverse() }
        let pair = theme.isMonochrome ? 0 : pairNumber(foreground: appearance.foreground, background: appearance.background)
        if pair != 0 { attributes |= enlace_color_pair(Int32(pair)) }
        appearances[style] = (attributes, pair)
        return (attributes, pair)
    }

    private mutating func pairNumber(foreground: TerminalColor?, background: TerminalColor?) -> Int16 {
        guard foreground != nil || background != nil else { return 0 }
        let unset: Int16 = hasDefaultColors ? -1 : 0
        let key = PairKey(
            foreground: foreground?.number ?? (hasDefaultColors ? -1 : TerminalColor.white.number),
            background: background?.number ?? unset
        )
        if let known = pairs[key] { return known }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < enlace_color_pairs(), Int32(max(key.foreground, key.background)) < enlace_colors() else { return 0 }
        guard init_pair(next, key.foreground, key.background) != ERR else { return 0 }
        pairs[key] = next
        return next
    }
}
