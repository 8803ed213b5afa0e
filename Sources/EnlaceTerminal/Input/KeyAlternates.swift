import CNcursesw

/// The sequences terminals send for the editing and function keys, whatever their terminfo
/// entry says. `TERM=xterm-256color` inside tmux or PuTTY sends Home as `ESC[1~`, which the
/// xterm entry does not list; without these, ncurses hands out Esc, `[`, `1`, `~`.
enum KeyAlternates {
    static let sequences: [(sequence: String, code: Int32)] = {
        var table: [(String, Int32)] = [
            ("[1~", KEY_HOME), ("[7~", KEY_HOME), ("[H", KEY_HOME), ("OH", KEY_HOME),
            ("[4~", KEY_END), ("[8~", KEY_END), ("[F", KEY_END), ("OF", KEY_END),
            ("[2~", KEY_IC), ("[3~", KEY_DC), ("[5~", KEY_PPAGE), ("[6~", KEY_NPAGE),
            ("[A", KEY_UP), ("[B", KEY_DOWN), ("[C", KEY_RIGHT), ("[D", KEY_LEFT),
            ("OA", KEY_UP), ("OB", KEY_DOWN), ("OC", KEY_RIGHT), ("OD", KEY_LEFT),
            ("[Z", KEY_BTAB),
        ]
        // vt100/xterm (SS3), vt220/rxvt (CSI n ~) and the Linux console (CSI [ letter).
        let functionKeys: [(number: Int32, forms: [String])] = [
            (1, ["OP", "[11~", "[[A"]), (2, ["OQ", "[12~", "[[B"]), (3, ["OR", "[13~", "[[C"]),
            (4, ["OS", "[14~", "[[D"]), (5, ["[15~", "[[E"]), (6, ["[17~"]), (7, ["[18~"]),
            (8, ["[19~"]), (9, ["[20~"]), (10, ["[21~"]), (11, ["[23~"]), (12, ["[24~"]),
        ]
        for key in functionKeys {
            for form in key.forms { table.append((form, enlace_key_f(key.number))) }
        }
        return table.map { ("\u{1B}" + $0.0, $0.1) }
    }()

    /// Teaches the current screen every sequence its terminfo entry left out. A sequence the
    /// entry already gives a meaning (or that would clash with one) keeps it.
    static func define() {
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }
}
