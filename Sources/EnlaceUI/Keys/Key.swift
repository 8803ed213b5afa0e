/// A key as the board understands it, decoded by the terminal from ncurses' key codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter: `.control("c")` is Ctrl-C (raw mode delivers it as a key).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, insert, tab, backTab
    case function(Int)
}

/// What the terminal hands the board: a key, a new size, a signal, or the tick of a timer.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// Text that arrived in one read, as a paste does; line editors insert it whole.
    case paste(String)
    case resize(width: Int, height: Int)
    case signal(TerminationSignal)
    case tick
}

/// Signals that end the board; handled outside signal context (DESIGN.md).
public enum TerminationSignal: String, Hashable, Sendable {
    case terminate = "SIGTERM"
    case hangUp = "SIGHUP"
    case interrupt = "SIGINT"
    /// Ends the board like SIGTERM: a Swift backtrace written over the board helps nobody.
    case quit = "SIGQUIT"
}
