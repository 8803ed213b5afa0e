import EnlaceText

/// The `?` overlay: every binding of the keymap in force, by group, with its keys — read from
/// the same table that dispatches keys, so it cannot fall out of step with them.
public enum HelpOverlay {
    /// The overlay's frame on the screen.
    static func frame(_ state: AppState) -> Rect {
        let body = BoardLayout(state).body
        let width = min(body.width - 4, 76)
        return Rect(x: (state.size.width - width) / 2, y: body.y, width: width, height: body.height)
    }

    /// The overlay's text lines (without the frame), as drawn.
    public static func lines(_ state: AppState) -> [String] {
        state.helpPage == .damagedFiles ? damagedFileLines(state) : keyLines(state)
    }

    /// `!`: each damaged case file as `enlace check` names it, wrapped to the frame.
    static func damagedFileLines(_ state: AppState) -> [String] {
        let width = max(10, frame(state).width - 4)
        var lines = WordWrap.lines(UIPhrase.damagedFilesAdvice(state.language), width: width)
        for file in state.damagedCaseFiles {
            lines.append("")
            lines += WordWrap.lines(file.message(state.language), width: width)
        }
        return lines
    }

    /// `?`: the keymap in force, by group.
    static func keyLines(_ state: AppState) -> [String] {
        let language = state.language
        var lines: [String] = []
        let keyWidth = state.keymap.bindings.map { CellWidth.of(KeyLabel.text($0.keys, language)) }.max() ?? 0
        for group in BindingGroup.allCases {
            let bindings = state.keymap.bindings(in: group)
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(group.title(language))
            for binding in bindings {
                let keys = KeyLabel.text(binding.keys, language)
                lines.append("  " + keys + String(repeating: " ", count: keyWidth - CellWidth.of(keys) + 2) + binding.help(language))
            }
        }
        if !state.keymap.disabled.isEmpty {
            lines.append("")
            lines.append(UIPhrase.disabledKeys(language, [
                "keys": state.keymap.disabled.map { KeyLabel.text($0.binding.keys, language) }.joined(separator: " "),
            ]))
        }
        return lines
    }

    static func pageSize(_ state: AppState) -> Int { max(1, frame(state).height - 2) }

    static func maximumScroll(_ state: AppState) -> Int { max(0, lines(state).count - pageSize(state)) }

    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let frame = frame(state)
        guard frame.width > 4, frame.height > 2 else { return }
        grid.box(frame)
        let language = state.language
        let title = state.helpPage == .damagedFiles ? UIPhrase.damagedFilesTitle(language) : UIPhrase.helpTitle(language)
        grid.put(" " + title + " ", x: frame.x + 2, y: frame.y, maxWidth: frame.width - 4, style: Style(.title, .bold))
        let lines = lines(state)
        let headings = state.helpPage == .keys ? Set(BindingGroup.allCases.map { $0.title(language) }) : []
        for row in 0..<pageSize(state) {
            let index = state.helpScroll + row
            guard lines.indices.contains(index) else { break }
            let style = headings.contains(lines[index]) ? Style(.header, .bold) : .normal
            grid.put(lines[index], x: frame.x + 2, y: frame.y + 1 + row, maxWidth: frame.width - 4, style: style)
        }
        if state.helpScroll + pageSize(state) < lines.count {
            grid.put("↓", x: frame.x + frame.width - 2, y: frame.y + frame.height - 1, maxWidth: 1, style: Style(.border))
        }
        if state.helpScroll > 0 {
            grid.put("↑", x: frame.x + frame.width - 2, y: frame.y, maxWidth: 1, style: Style(.border))
        }
    }
}
