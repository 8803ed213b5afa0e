import CNcursesw
import EnlaceUI
import Foundation

/// The screen and keyboard: the only owner of ncurses. It paints `CellGrid`s, sending only the
/// cells that changed, and hands out keys, pastes, resizes, signals and ticks as
/// `TerminalEvent`s.
///
/// ncurses is single-threaded and process-global: open one `Terminal` at a time and call it
/// from one thread. Other threads reach it only through `waker`.
///
/// ```swift
/// let terminal = try Terminal.open()
/// defer { terminal.close() }
/// while let event = terminal.nextEvent(timeout: .milliseconds(250)) { … terminal.paint(grid) }
/// ```
public final class Terminal {
    /// How long ncurses waits after Esc for the rest of an escape sequence: short, so Esc is
    /// responsive, and still long enough for a sequence to arrive whole over SSH.
    public static let escapeDelayMilliseconds: Int32 = 25

    /// The colours (or, under `NO_COLOR`, the attributes) styles are painted with.
    public let theme: Theme
    /// Whether the terminal sends pastes between markers (then a paste is exact; without, a
    /// burst of waiting characters is taken as one).
    public let hasBracketedPaste: Bool
    /// False after `close()`.
    public private(set) var isOpen = true

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let inputStream: UnsafeMutablePointer<FILE>
    private let outputStream: UnsafeMutablePointer<FILE>
    private let outputDescriptor: Int32
    private let bracketedPasteOn: [UInt8]
    private let bracketedPasteOff: [UInt8]
    /// What clears the screen on leaving, where there is no alternate screen to leave
    /// (`TERM=linux`, `vt100`): else the last frame, marked case details included, stays.
    private let clearOnLeaving: [UInt8]
    private var painter: Painter
    private var reader: InputReader
    private var lastSize: (width: Int, height: Int)

    /// Opens the board's screen on standard input and output.
    ///
    /// Refuses, at once and without touching the terminal, when either stream is not a
    /// terminal or `TERM` is unset, `dumb` or unknown to terminfo. Otherwise: a UTF-8 locale
    /// (`C.UTF-8` when the user's is not), SIGTERM/SIGHUP/SIGINT routed to `nextEvent` (before
    /// ncurses starts), raw keys (Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys), no echo, keypad,
    /// hidden cursor, a 25 ms Esc, bracketed paste where terminfo knows it, and the terminal
    /// restored even if the process crashes or exits without `close()`.
    public static func open(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TerminalError) -> Terminal {
        if let refusal = TerminalPreflight.check(
            environment: environment,
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1
        ) {
            throw refusal
        }
        return try Terminal(
            type: environment["TERM"] ?? "", input: STDIN_FILENO, output: STDOUT_FILENO,
            environment: environment, guardsProcess: true
        )
    }

    /// Starts ncurses on `input` and `output` as a terminal of `type`. `open()` calls it on the
    /// standard streams; tests call it on pipes. `guardsProcess` installs the crash handlers.
    init(
        type: String, input: Int32, output: Int32, environment: [String: String], guardsProcess: Bool
    ) throws(TerminalError) {
        LocaleSetup.useUTF8()
        guard SignalGuard.installTermination() else { throw .systemFailure(call: "pipe", code: errno) }
        _ = SignalGuard.takeWakeReasons()
        // Before newterm changes them: the crash path puts these modes back.
        SignalGuard.saveModes(of: input)
        guard let inputStream = fdopen(dup(input), "r"), let outputStream = fdopen(dup(output), "w") else {
            let code = errno
            SignalGuard.uninstallTermination()
            throw .systemFailure(call: "fdopen", code: code)
        }
        // newterm, unlike initscr, answers NULL for a terminal type it does not know.
        guard let screen = newterm(type, outputStream, inputStream), let window = enlace_stdscr() else {
            fclose(inputStream)
            fclose(outputStream)
            SignalGuard.uninstallTermination()
            throw .unknownTerminal(type)
        }
        self.screen = screen
        self.window = window
        self.inputStream = inputStream
        self.outputStream = outputStream
        // The streams' own descriptors: the caller's may be closed once ncurses holds its copies.
        let input = fileno(inputStream)
        let output = fileno(outputStream)
        outputDescriptor = output

        raw()
        noecho()
        nonl()
        keypad(window, true)
        KeyAlternates.define()
        intrflush(window, false)
        // nextEvent waits in poll(2), so ncurses itself never blocks.
        wtimeout(window, 0)
        // The cursor is hidden; not moving it back after each update saves bytes.
        leaveok(window, true)
        set_escdelay(Self.escapeDelayMilliseconds)
        curs_set(0)

        var theme = Theme.monochrome
        var hasDefaultColors = false
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if !noColor, has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            theme = Theme.choose(environment: environment, hasColors: true, colorCount: Int(enlace_colors()))
        }
        self.theme = theme
        painter = Painter(theme: theme, hasDefaultColors: hasDefaultColors, output: outputDescriptor)
        reader = InputReader(window: window, inputDescriptor: input)

        let pasteOn = Self.capability("BE")
        let pasteStart = Self.capability("PS")
        let pasteEnd = Self.capability("PE")
        if let pasteOn, let pasteStart, let pasteEnd {
            define_key(pasteStart, KeyDecoder.pasteStartCode)
            define_key(pasteEnd, KeyDecoder.pasteEndCode)
            Self.write(Array(pasteOn.utf8), to: output)
            hasBracketedPaste = true
            bracketedPasteOn = Array(pasteOn.utf8)
            bracketedPasteOff = Self.capability("BD").map { Array($0.utf8) } ?? []
        } else {
            hasBracketedPaste = false
            bracketedPasteOn = []
            bracketedPasteOff = []
        }
        clearOnLeaving = Self.capability("smcup") == nil ? Self.capability("clear").map { Array($0.utf8) } ?? [] : []

        lastSize = (Int(enlace_cols()), Int(enlace_lines()))
        SignalGuard.installResize()
        SignalGuard.prepareRestore(output: output)
        SignalGuard.markScreen(open: true)
        if guardsProcess { SignalGuard.installCrashRestore() }
    }

    deinit { close() }

    /// The screen's size in cells (the last known size once closed).
    public var size: (width: Int, height: Int) {
        if isOpen { lastSize = (Int(enlace_cols()), Int(enlace_lines())) }
        return lastSize
    }

    /// Wakes a waiting `nextEvent` from any thread (it returns `.tick`).
    public var waker: TerminalWaker { TerminalWaker() }

    /// Shows `grid`. Only cells that differ from the grid painted before are written, each run
    /// of one style with one wide-character call, then one `doupdate`. A grid of another size
    /// than the last (after a resize) is painted whole; cells beyond the screen are cut off.
    /// No control character ever reaches the terminal, whatever a cell holds.
    public func paint(_ grid: CellGrid) {
        guard isOpen else { return }
        painter.paint(grid, on: window)
    }

    /// Forgets the keys typed and not yet taken: after the board was busy (waiting for another
    /// officer's save), they were typed at a screen that did not answer and must not land in a
    /// form now.
    public func discardTypeahead() {
        guard isOpen else { return }
        flushinp()
        reader.pending.removeAll { event in
            switch event {
            case .key, .paste: true
            case .resize, .signal, .tick: false
            }
        }
    }

    /// Repaints every cell at the next `paint`, clearing the screen first (Ctrl-L, or after
    /// something else wrote to the terminal).
    public func redraw() {
        guard isOpen else { return }
        clearok(enlace_curscr(), true)
        painter.invalidate()
    }

    /// The next event, waiting at most `timeout` (nil: until there is one), then `.tick`.
    ///
    /// - Keys: arrows, PgUp/PgDn, Home/End, Enter, Backspace, Delete, Tab, Shift-Tab, F-keys,
    ///   Esc, Ctrl-letters (Ctrl-C, Ctrl-Z and Ctrl-\ as keys, never signals).
    /// - `.paste(text)`: a bracketed paste, or a burst of printable characters that were all
    ///   waiting at once. Outside a text field, treat it as its characters typed one by one.
    /// - `.resize`: the next `paint` repaints everything.
    /// - `.signal`: SIGTERM, SIGHUP or SIGINT arrived (or the terminal hung up): keep any edit
    ///   as a draft, then `close()`. A second such signal before this one is taken restores the
    ///   terminal and ends the process.
    /// - `.tick`: the timeout passed, or `waker.wake()` was called.
    /// - nil once closed.
    public func nextEvent(timeout: Duration?) -> TerminalEvent? {
        guard isOpen else { return nil }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: $0) }
        var readableButEmpty = 0
        while true {
            if !reader.pending.isEmpty { return deliver(reader.pending.removeFirst()) }
            var woken = false
            for reason in SignalGuard.takeWakeReasons() {
                switch reason {
                case .signal(let signal):
                    SignalGuard.terminationHandled()
                    return .signal(signal)
                case .wake: woken = true
                case .resize: break
                }
            }
            if let raw = reader.readRaw() {
                readableButEmpty = 0
                if let event = reader.event(from: raw) { return deliver(event) }
                continue
            }
            if woken { return .tick }
            var waitMilliseconds: Int32 = -1
            if let deadline {
                let remaining = deadline - clock.now
                if remaining <= .zero { return .tick }
                waitMilliseconds = Self.milliseconds(remaining)
            }
            var descriptors = [
                pollfd(fd: reader.inputDescriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: SignalGuard.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            guard poll(&descriptors, 2, waitMilliseconds) > 0 else { continue }
            let input = descriptors[0].revents
            if input & Int16(POLLNVAL | POLLERR) != 0 || (input & Int16(POLLHUP) != 0 && input & Int16(POLLIN) == 0) {
                return .signal(.hangUp)
            }
            if input & Int16(POLLIN) != 0 {
                // Readable, and still nothing to read, again and again: end of file, which is
                // how a terminal that went away looks when no SIGHUP came.
                readableButEmpty += 1
                if readableButEmpty >= 3 { return .signal(.hangUp) }
            }
        }
    }

    /// Leaves the screen as it was found: bracketed paste off, cursor visible, `endwin` (echo
    /// and cooked mode back, alternate screen left), signal handlers put back. Idempotent.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        lastSize = (Int(enlace_cols()), Int(enlace_lines()))
        SignalGuard.uninstallResize()
        leaveScreen()
        delscreen(screen)
        fclose(inputStream)
        fclose(outputStream)
        SignalGuard.uninstallTermination()
    }

    /// Ctrl-Z: gives the terminal back to the shell as it was found and stops the process as a
    /// job; when the shell continues it (`fg`), takes the screen back and repaints it whole.
    public func suspend() {
        guard isOpen else { return }
        leaveScreen()
        SignalGuard.stopProcess()
        // Back from `fg`: the next update leaves the shell's modes, and the cleared screen
        // makes it send every cell again.
        clearok(enlace_curscr(), true)
        doupdate()
        curs_set(0)
        if !bracketedPasteOn.isEmpty { Self.write(bracketedPasteOn, to: outputDescriptor) }
        SignalGuard.markScreen(open: true)
    }

    /// Bracketed paste off, cursor visible, the screen cleared where there is no alternate
    /// screen, and `endwin` (cooked mode and echo back, alternate screen left).
    private func leaveScreen() {
        SignalGuard.markScreen(open: false)
        if !bracketedPasteOff.isEmpty { Self.write(bracketedPasteOff, to: outputDescriptor) }
        curs_set(1)
        endwin()
        if !clearOnLeaving.isEmpty { Self.write(clearOnLeaving, to: outputDescriptor) }
    }

    /// The bytes a crash writes to restore the terminal, captured at open (for tests).
    var crashRestoreBytes: [UInt8] { SignalGuard.restoreBytes }

    private func deliver(_ event: TerminalEvent) -> TerminalEvent {
        if case .resize = event { painter.invalidate() }
        return event
    }

    private static func capability(_ name: String) -> String? {
        guard let value = tigetstr(name), enlace_tigetstr_present(value) != 0 else { return nil }
        return String(cString: value)
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(1, total))
    }
}
