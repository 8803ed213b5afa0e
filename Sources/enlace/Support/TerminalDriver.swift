import EnlaceApp
import EnlaceTerminal
import EnlaceText

extension Terminal: BoardTerminal {
    public var wake: @Sendable () -> Void {
        let waker = self.waker
        return { waker.wake() }
    }
}

/// The board's and the kiosk's start: the terminal is opened first, so that one that cannot
/// show the board is named before anything is read or created, and it is restored before any
/// failure is printed.
enum TerminalDriver {
    static func run(language: @autoclosure () -> Language, _ body: (Terminal) throws -> Void) throws {
        let terminal = try reportingFailures(in: language()) { try Terminal.open() }
        defer { terminal.close() }
        try reportingFailures(in: language()) { try body(terminal) }
    }
}

extension TerminalError: CommandFailure {
    var exitStatus: ExitStatus { .usage }
}
