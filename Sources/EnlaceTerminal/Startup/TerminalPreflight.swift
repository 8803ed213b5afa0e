/// The checks made before ncurses is started, as a pure function: a board must refuse, in one
/// line and at once, where it cannot run, instead of hanging or painting garbage.
public enum TerminalPreflight {
    /// The first reason the board cannot run, or nil. Streams come first: under cron or in a
    /// pipe, "not a terminal" is the cause even when `TERM` is also wrong.
    public static func check(environment: [String: String], inputIsTerminal: Bool, outputIsTerminal: Bool) -> TerminalError? {
        if !outputIsTerminal { return .notATerminal(.output) }
        if !inputIsTerminal { return .notATerminal(.input) }
        guard let term = environment["TERM"], !term.isEmpty else { return .termUnset }
        if term == "dumb" { return .dumbTerminal }
        return nil
    }
}
