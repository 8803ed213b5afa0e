import EnlaceText

/// Why the board cannot run here. Each says its cause and what to do, in one line, through
/// `message(_:)`; the executable prints it and exits with code 1.
public enum TerminalError: Error, Equatable, Sendable {
    /// Which standard stream is not a terminal.
    public enum Stream: String, Sendable {
        case input, output
    }

    /// Standard input or output is a pipe, a file or /dev/null (cron, `enlace > file`).
    case notATerminal(Stream)
    /// `TERM` is not set or empty.
    case termUnset
    /// `TERM=dumb` (an editor's shell buffer, some CI runners): no cursor addressing.
    case dumbTerminal
    /// `TERM` names a terminal the terminfo database does not know.
    case unknownTerminal(String)
    /// A system call the terminal needs failed (`errno` kept for the message).
    case systemFailure(call: String, code: Int32)

    /// The one-line message for users, in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .notATerminal(.input): TerminalPhrase.inputNotATerminal(language)
        case .notATerminal(.output): TerminalPhrase.outputNotATerminal(language)
        case .termUnset: TerminalPhrase.termUnset(language)
        case .dumbTerminal: TerminalPhrase.dumbTerminal(language)
        case .unknownTerminal(let name): TerminalPhrase.unknownTerminal(language, ["name": SafeText.line(name)])
        case .systemFailure(let call, let code): TerminalPhrase.systemFailure(language, ["call": call, "code": String(code)])
        }
    }
}
