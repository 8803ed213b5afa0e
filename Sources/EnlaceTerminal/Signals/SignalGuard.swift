import CEnlaceSignals
import EnlaceUI

/// The process-wide signal and crash machinery of the CEnlaceSignals target, seen from Swift.
enum SignalGuard {
    /// Creates the self-pipe and routes SIGTERM, SIGHUP, SIGINT and SIGQUIT to it. Call before newterm,
    /// so ncurses (which only catches signals still at their default) leaves them to us.
    static func installTermination() -> Bool {
        enlace_termination_install() == 0
    }

    /// Puts back the handlers that were there before `installTermination`.
    static func uninstallTermination() {
        enlace_termination_uninstall()
    }

    /// Chains onto ncurses' SIGWINCH handler so a resize wakes the reader. After newterm.
    static func installResize() { enlace_winch_install() }

    static func uninstallResize() { enlace_winch_uninstall() }

    /// Saves the terminal modes of `descriptor` for the crash path. False when it is no terminal.
    @discardableResult
    static func saveModes(of descriptor: Int32) -> Bool {
        enlace_save_termios(descriptor) == 0
    }

    /// Captures, from the current screen's terminfo, the bytes that put the terminal back, and
    /// where to write them. Call after newterm.
    static func prepareRestore(output descriptor: Int32) {
        enlace_prepare_restore(descriptor)
    }

    /// The bytes the crash path will write (for tests).
    static var restoreBytes: [UInt8] {
        let count = Int(enlace_restore_length_now())
        guard count > 0, let start = enlace_restore_bytes_now() else { return [] }
        return start.withMemoryRebound(to: UInt8.self, capacity: count) { Array(UnsafeBufferPointer(start: $0, count: count)) }
    }

    /// While open, a crash, a second termination signal or `exit` restores the terminal.
    static func markScreen(open: Bool) { enlace_mark_screen_open(open ? 1 : 0) }

    /// Crash handlers (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) and an atexit hook,
    /// once per process. They restore termios and write the prepared bytes with write(2),
    /// then hand the signal on to the previous handler (or the default action).
    static func installCrashRestore() { enlace_fatal_install() }

    /// The descriptor that becomes readable when a signal, a resize or a `wake` arrives.
    static var wakeDescriptor: Int32 { enlace_pipe_read_fd() }

    /// Makes a waiting `nextEvent` return a `.tick`. Safe from any thread.
    static func wake() { enlace_pipe_wake(CChar(UInt8(ascii: "U"))) }

    /// What woke the reader, oldest first, emptying the pipe.
    static func takeWakeReasons() -> [WakeReason] {
        var reasons: [WakeReason] = []
        while true {
            let byte = enlace_pipe_take()
            guard byte >= 0 else { return reasons }
            switch UInt8(truncatingIfNeeded: byte) {
            case UInt8(ascii: "T"): reasons.append(.signal(.terminate))
            case UInt8(ascii: "H"): reasons.append(.signal(.hangUp))
            case UInt8(ascii: "I"): reasons.append(.signal(.interrupt))
            case UInt8(ascii: "Q"): reasons.append(.signal(.quit))
            case UInt8(ascii: "W"): reasons.append(.resize)
            default: reasons.append(.wake)
            }
        }
    }

    /// Stops the process as a job (SIGTSTP at its default action) until the shell continues it.
    static func stopProcess() { enlace_stop_process() }

    /// The run loop has taken the termination signal; a later one is a first one again.
    static func terminationHandled() { enlace_termination_consumed() }

    enum WakeReason: Equatable {
        case signal(TerminationSignal)
        case resize
        case wake
    }
}
