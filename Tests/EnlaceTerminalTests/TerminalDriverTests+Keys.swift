import EnlaceUI
@testable import EnlaceTerminal
import Foundation
import Testing

/// In `TerminalDriverTests`' suite: ncurses is one global screen, so these run one at a time.
extension TerminalDriverTests {
    @Test("the vt220 and rxvt forms of Home, End, Insert, Delete and F-keys are keys under TERM=xterm-256color", arguments: [
        ("\u{1B}[1~", Key.home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[2~", .insert), ("\u{1B}[3~", .delete),
        ("\u{1B}OP", .function(1)), ("\u{1B}[11~", .function(1)), ("\u{1B}[15~", .function(5)),
        ("\u{1B}[24~", .function(12)), ("\u{1B}[Z", .backTab),
    ])
    func alternateKeySequences(sequence: String, key: Key) throws {
        let pipe = try PipeTerminal()
        pipe.type(sequence)
        #expect(pipe.events(1) == [.key(key)])
    }

    @Test("an escape sequence nobody knows is dropped whole, not spelt out as Esc and letters")
    func unknownSequenceDropped() throws {
        let pipe = try PipeTerminal()
        pipe.type("\u{1B}[1;5Hq")
        #expect(pipe.events(1) == [.key(.character("q"))])
        pipe.type("\u{1B}[99~")
        pipe.type("j")
        #expect(pipe.events(1) == [.key(.character("j"))])
    }

    @Test("Esc on its own is Esc; Esc with a letter right behind it is Esc, then the letter")
    func escapeAndAlt() throws {
        let pipe = try PipeTerminal()
        pipe.type("\u{1B}")
        #expect(pipe.events(1) == [.key(.escape)])
        pipe.type("\u{1B}x")
        #expect(pipe.events(2) == [.key(.escape), .key(.character("x"))])
    }

    @Test("SIGQUIT arrives as an event, like SIGTERM, and no backtrace is written")
    func quitSignalIsAnEvent() throws {
        let pipe = try PipeTerminal()
        var current = sigaction()
        sigaction(SIGQUIT, nil, &current)
        try #require(unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) > 1)
        kill(getpid(), SIGQUIT)
        #expect(pipe.events(1) == [.signal(.quit)])
    }

    @Test("after a signal and a wake the self-pipe is empty: the next wait is a real wait, not a spin")
    func wakeDoesNotSpin() throws {
        let pipe = try PipeTerminal()
        kill(getpid(), SIGTERM)
        #expect(pipe.events(1) == [.signal(.terminate)])
        pipe.terminal.waker.wake()
        #expect(pipe.terminal.nextEvent(timeout: .seconds(5)) == .tick)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(pipe.terminal.nextEvent(timeout: .milliseconds(300)) == .tick)
        // A readable pipe nobody drains would answer at once; this one waits its timeout.
        #expect(clock.now - start >= .milliseconds(250))
    }

    @Test("on a terminal without an alternate screen, leaving clears what the board drew", arguments: ["vt100", "vt220"])
    func leavingClearsWithoutAlternateScreen(type: String) throws {
        let pipe = try PipeTerminal(type: type)
        pipe.paint(Self.caseList(selected: 1))
        pipe.terminal.close()
        let bytes = pipe.drain()
        #expect(bytes.contains("\u{1B}[H\u{1B}[J"))
        #expect(pipe.terminal.crashRestoreBytes.contains("\u{1B}[H\u{1B}[J"))
    }
}
