import Foundation

/// How wide standard output is: the terminal's width when it is one, else `$COLUMNS`, else nil
/// (a pipe or file: columns are not cut, so scripts get whole values).
enum TerminalWidth {
    static func ofStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}

extension TerminalWidth {
    /// The width ArgumentParser wraps help to: `$COLUMNS`, else the terminal's width, else 80
    /// (a width of 0 or less counts as not given).
    static func forHelp(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
