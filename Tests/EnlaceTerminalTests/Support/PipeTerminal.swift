import CNcursesw
import EnlaceUI
@testable import EnlaceTerminal
import Foundation

/// A `Terminal` driven through pipes: the test types bytes into its input and reads the bytes
/// ncurses wrote, and a `ScreenEmulator` shows what a user would see.
final class PipeTerminal {
    let terminal: Terminal
    private let keyboard: Int32
    private let display: Int32
    private(set) var screen: ScreenEmulator

    enum Failure: Error { case pipe }

    init(type: String = "xterm-256color", environment: [String: String] = [:]) throws {
        var input: [Int32] = [0, 0]
        var output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { throw Failure.pipe }
        // Room for any full-screen paint, so ncurses never blocks on a pipe nobody reads yet.
        _ = fcntl(output[1], 1031 /* F_SETPIPE_SZ */, 1 << 20)
        _ = fcntl(output[0], F_SETFL, fcntl(output[0], F_GETFL) | O_NONBLOCK)
        // The size comes from terminfo (80×24), not from LINES/COLUMNS of whoever runs the tests.
        use_env(false)
        defer {
            Glibc.close(input[0])
            Glibc.close(output[1])
        }
        do {
            terminal = try Terminal(type: type, input: input[0], output: output[1], environment: environment, guardsProcess: false)
        } catch {
            Glibc.close(input[1])
            Glibc.close(output[0])
            throw error
        }
        keyboard = input[1]
        display = output[0]
        screen = ScreenEmulator(width: 80, height: 24)
        screen.feed(drain())
    }

    deinit {
        terminal.close()
        Glibc.close(keyboard)
        Glibc.close(display)
    }

    /// Every byte written since the last drain (doupdate has flushed them all before it returns).
    @discardableResult
    func drain() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(display, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    /// Paints and returns the bytes that painting sent, after feeding them to the screen.
    @discardableResult
    func paint(_ grid: CellGrid) -> [UInt8] {
        terminal.paint(grid)
        let bytes = drain()
        screen.feed(bytes)
        return bytes
    }

    func type(_ text: String) { type(Array(text.utf8)) }

    func type(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = write(keyboard, $0.baseAddress, $0.count) }
    }

    /// Closes the keyboard's end, as a terminal that went away does.
    func hangUp() { Glibc.close(keyboard) }

    /// Events until `count` non-tick events came or the deadline passed.
    func events(_ count: Int, within limit: Duration = .seconds(5)) -> [TerminalEvent] {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: limit)
        var events: [TerminalEvent] = []
        while events.count < count, clock.now < deadline {
            guard let event = terminal.nextEvent(timeout: .milliseconds(200)) else { break }
            if event != .tick { events.append(event) }
        }
        return events
    }
}

extension Array where Element == UInt8 {
    func contains(_ sequence: String) -> Bool {
        let needle = Array(sequence.utf8)
        guard !needle.isEmpty, needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
    }
}
