import EnlaceModel
import EnlaceText

/// A quick-change menu, a small box over the board: one row per value, its letter first (read
/// from the key table), the case's value now marked.
enum QuickChangeView {
    static func draw(_ state: AppState, _ quick: QuickChange, into grid: inout CellGrid) {
        let language = state.language
        let rows = state.keymap.bindings.compactMap { binding -> (Binding, QuickChoice)? in
            guard binding.mode == quick.inputMode, case .quickChoose(let choice) = binding.intent else { return nil }
            return (binding, choice)
        }
        let title: UIPhrase = switch quick.field {
        case .status: .quickStatusTitle
        case .priority: .quickPriorityTitle
        case .marking: .quickMarkingTitle
        }
        let titleText = " " + title(language, ["id": quick.base.id]) + " "
        let current = UIPhrase.quickChangeCurrent(language)
        let widest = rows.map { CellWidth.of($0.0.help(language)) }.max() ?? 0
        let width = min(grid.width - 4, max(CellWidth.of(titleText) + 4, widest + CellWidth.of(current) + 12))
        let height = rows.count + 4
        let frame = Rect(x: (grid.width - width) / 2, y: max(1, (grid.height - height) / 2), width: width, height: height)
        grid.box(frame)
        grid.put(titleText, x: frame.x + 2, y: frame.y, maxWidth: width - 4, style: Style(.title, .bold))
        for (row, (binding, choice)) in rows.enumerated() {
            let y = frame.y + 2 + row
            let isCurrent = quick.isCurrent(choice)
            var x = frame.x + 2
            x += grid.put((isCurrent ? "› " : "  "), x: x, y: y, maxWidth: 2, style: Style(.key, .bold))
            x += grid.put(KeyLabel.text(binding.keys[0], language), x: x, y: y, maxWidth: 3, style: Style(.key, .bold))
            x += 2
            x += grid.put(binding.help(language), x: x, y: y, maxWidth: max(0, frame.x + width - 2 - x),
                          style: isCurrent ? Style(.normal, .bold) : .normal)
            if isCurrent {
                grid.put(" " + current, x: x, y: y, maxWidth: max(0, frame.x + width - 2 - x), style: Style(.hint))
            }
        }
    }
}
