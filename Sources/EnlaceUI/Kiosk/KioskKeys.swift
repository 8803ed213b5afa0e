/// The wall display's keys: the board's keymap for the wall screen (`Keymap.wallScreen`), so
/// every key that changes data or quits answers "read-only display", plus ← and → to page. Nothing a
/// user configures is read: the table is fixed here.
public enum KioskKeys {
    /// The keymap with `exitKey` (`--exit-key`) as the only way to quit, when given.
    public static func keymap(exitKey: Key? = nil) -> Keymap {
        let base = Keymap.board.wallScreen(exitKey: exitKey)
        var extra: [Binding] = []
        if exitKey != .left { extra.append(Binding([.left], .pageUp, help: .helpPageUp, group: .navigation)) }
        if exitKey != .right { extra.append(Binding([.right], .pageDown, help: .helpPageDown, group: .navigation)) }
        return Keymap(base.bindings + extra, disabled: base.disabled)
    }

    /// Reads `--exit-key`: one character (`q`), `ctrl-x` (or `^x`, `c-x`), `esc`, `f1`…`f12`.
    public static func parse(_ text: String) -> Key? {
        let lower = text.lowercased()
        if text.count == 1, let character = text.first, Keymap.isText(character), character != " " {
            return .character(character)
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            return .control(letter)
        }
        if lower == "esc" || lower == "escape" { return .escape }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) { return .function(number) }
        return nil
    }
}
