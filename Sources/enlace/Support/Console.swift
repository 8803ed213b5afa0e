import EnlaceStore
import EnlaceText
import Foundation

/// Writing to the terminal or a pipe.
enum Console {
    static func warn(_ line: String) {
        report(line)
    }

    /// `line`, already made safe, as the one line of an error on standard error.
    static func report(_ line: String) {
        // A line that cannot be written has nowhere else to go; the exit code still tells.
        // A message can quote an argument or a file's text: made safe for the terminal here.
        _ = writeAll(Array(("enlace: " + SafeText.line(line) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Writes `text` to standard output. A failure (a full disk behind `> file`, an I/O error)
    /// is a one-line error and exit 2, never a crash; when the command already saved,
    /// `saved` says what, so that a script does not run it again. A reader that went away
    /// (EPIPE) ends the command quietly, as the shell's `head` expects.
    static func write(_ text: String, in language: Language, saved: String? = nil) throws(ReportedFailure) {
        guard let code = writeAll(Array(text.utf8), to: STDOUT_FILENO) else { return }
        if code == EPIPE { endQuietlyAfterBrokenPipe() }
        throw OutputFailure(errno: code, saved: saved).reported(in: language)
    }

    /// The `errno` of the first failed write, or nil when every byte was written.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// What SIGPIPE's default action does, also when the parent left SIGPIPE ignored: the
    /// command ends without a word, as it always has behind `| head`.
    private static func endQuietlyAfterBrokenPipe() -> Never {
        signal(SIGPIPE, SIG_DFL)
        raise(SIGPIPE)
        exit(128 + SIGPIPE)
    }
}

/// Standard output could not be written.
struct OutputFailure: CommandFailure {
    let errno: Int32
    /// What the command had already saved, in words, or nil when it changed nothing.
    let saved: String?

    var exitStatus: ExitStatus { .badData }

    func message(_ language: Language) -> String {
        let reason = StoreError.errnoText(errno, language)
        guard let saved else { return CLIPhrase.outputFailed(language, ["reason": reason]) }
        return CLIPhrase.outputFailedAfterSave(language, ["reason": reason, "saved": saved])
    }

    func reported(in language: Language) -> ReportedFailure {
        ReportedFailure(exitStatus: exitStatus, message: message(language))
    }
}
