import CNcursesw
import EnlaceUI
@testable import EnlaceTerminal
import Foundation
import Testing

/// ncurses is one global screen: these tests run one at a time, each on its own pipes.
@Suite("Terminal on pipes", .serialized)
struct TerminalDriverTests {
    /// An 80×24 case list: header, rows, status bar; `selected` is in reverse.
    static func caseList(selected: Int) -> CellGrid {
        var grid = CellGrid(width: 80, height: 24)
        grid.put("ID            PRI       STATUS    MARKING      LEAD  DUE         TITLE", x: 0, y: 0, style: Style(.header))
        let priorities = ["critical", "high", "medium", "low"]
        let statuses = ["active", "waiting", "new"]
        let markings = ["TLP:RED", "TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"]
        let agencies = ["DEA", "HSI", "FBI", "ATF", "USMS"]
        let titles = ["Fentanyl precursor shipments via Manzanillo", "Extradition request for cartel financier",
                      "Firearms trafficking across Nogales", "Money laundering through casas de cambio",
                      "Fugitive located in Guadalajara"]
        for row in 1..<23 {
            let index = row - 1
            let line = "MX-2026-\(String(1000 + index * 7))  " + priorities[index % 4].padding(toLength: 10, withPad: " ", startingAt: 0)
                + statuses[index % 3].padding(toLength: 10, withPad: " ", startingAt: 0)
                + markings[index % 4].padding(toLength: 13, withPad: " ", startingAt: 0)
                + agencies[index % 5].padding(toLength: 6, withPad: " ", startingAt: 0)
                + "2026-0\(index % 9 + 1)-1\(index % 10)  " + titles[index % 5]
            let style = row == selected ? Style(.normal, .reverse) : Style.normal
            if row == selected { grid.fill(x: 0, y: row, width: 80, height: 1, style: style) }
            grid.put(line, x: 0, y: row, style: style)
        }
        grid.put("22/22 cases  ? help  / filter  q quit", x: 0, y: 23, style: Style(.statusBar))
        return grid
    }

    @Test("a painted grid shows its text, Spanish and CJK included, where the grid has it")
    func paintedTextAppears() throws {
        let pipe = try PipeTerminal()
        var grid = CellGrid(width: 80, height: 24)
        grid.put("Fiscalía General de la República", x: 2, y: 1, style: Style(.title))
        grid.put("東京の連絡先 — señal", x: 10, y: 5, style: Style(.tlpAmber))
        grid.put("TLP:RED", x: 73, y: 23, style: Style(.tlpRed))
        pipe.paint(grid)
        #expect(pipe.screen.text == grid.text)
    }

    @Test("a cell holding ESC, BEL, a C1 CSI or a newline sends none of them: the screen shows U+FFFD")
    func controlsInCellsNeverReachTheTerminal() throws {
        let pipe = try PipeTerminal()
        pipe.paint(CellGrid(width: 80, height: 24))
        var grid = CellGrid(width: 80, height: 24)
        // Cells written directly, past CellGrid.put's own cleaning: an OSC title change and more.
        let hostile: [Character] = ["\u{1B}", "]", "0", ";", "x", "\u{07}", "\u{9B}", "2", "J", "\n", "\r"]
        for (column, character) in hostile.enumerated() { grid[column + 4, 2] = Cell(character) }
        let bytes = pipe.paint(grid)
        #expect(!bytes.contains("\u{1B}]"))
        #expect(!bytes.contains(0x07))
        #expect(!bytes.contains("\u{9B}"))
        #expect(!bytes.contains(0x0A))
        #expect(bytes.contains("\u{FFFD}"))
        let row = pipe.screen.text.split(separator: "\n", omittingEmptySubsequences: false)[2]
        #expect(row == "    \u{FFFD}]0;x\u{FFFD}\u{FFFD}2J\u{FFFD}\u{FFFD}")
    }

    @Test("painting the same grid again sends (almost) nothing")
    func identicalGridIsNotResent() throws {
        let pipe = try PipeTerminal()
        let grid = Self.caseList(selected: 3)
        let first = pipe.paint(grid)
        let second = pipe.paint(grid)
        #expect(first.count > 1000)
        #expect(second.count < 16)
        #expect(pipe.screen.text == grid.text)
    }

    @Test("moving the selection bar one row on an 80×24 list sends fewer than 200 bytes")
    func selectionMoveIsCheap() throws {
        let pipe = try PipeTerminal()
        pipe.paint(Self.caseList(selected: 5))
        let moved = Self.caseList(selected: 6)
        let bytes = pipe.paint(moved)
        #expect(bytes.count < 200, "sent \(bytes.count) bytes")
        #expect(pipe.screen.text == moved.text)
    }

    @Test("a changed wide character and a narrow one replacing it leave the screen as the grid says")
    func wideCharactersRepaintCleanly() throws {
        let pipe = try PipeTerminal()
        var grid = CellGrid(width: 80, height: 24)
        grid.put("連絡先 abc", x: 0, y: 0)
        pipe.paint(grid)
        var next = CellGrid(width: 80, height: 24)
        next.put("xy絡z  abc", x: 0, y: 0)
        pipe.paint(next)
        #expect(pipe.screen.text == next.text)
    }

    @Test("a grid larger than the screen is cut at the edge, and a smaller one clears the rest")
    func gridOfAnotherSize() throws {
        let pipe = try PipeTerminal()
        var large = CellGrid(width: 100, height: 30)
        large.put(String(repeating: "abcdefghij", count: 10), x: 0, y: 0)
        large.put("bottom", x: 0, y: 29)
        pipe.paint(large)
        #expect(pipe.screen.text.hasPrefix(String(repeating: "abcdefghij", count: 8) + "\n"))
        var small = CellGrid(width: 40, height: 10)
        small.put("small", x: 0, y: 0)
        pipe.paint(small)
        #expect(pipe.screen.text == small.text + String(repeating: "\n", count: 14))
    }

    @Test("keys decode: arrows, Shift-Tab, Enter, Backspace, Ctrl-C, Ctrl-Z and Ctrl-\\ as keys")
    func keysArriveDecoded() throws {
        let pipe = try PipeTerminal()
        // What xterm sends in keypad-transmit mode, which ncurses asked for.
        let sequences: [(String, Key)] = [
            ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}[6~", .pageDown), ("\u{1B}OH", .home),
            ("\u{1B}[Z", .backTab), ("\r", .enter), ("\u{7F}", .backspace), ("\u{03}", .control("c")),
            ("\u{1A}", .control("z")), ("\u{1C}", .control("\\")), ("\u{1B}OP", .function(1)),
            ("\u{1B}[3~", .delete), ("\t", .tab), ("é", .character("é")),
        ]
        for (sequence, key) in sequences {
            pipe.type(sequence)
            #expect(pipe.events(1) == [.key(key)], "\(sequence.debugDescription)")
        }
    }

    @Test("Esc alone arrives as Esc within the short escape delay")
    func escapeAlone() throws {
        let pipe = try PipeTerminal()
        let clock = ContinuousClock()
        let start = clock.now
        pipe.type("\u{1B}")
        #expect(pipe.events(1) == [.key(.escape)])
        #expect(clock.now - start < .seconds(1))
    }

    @Test("a burst of waiting characters is one paste; two quick keys stay two keys")
    func burstIsPaste() throws {
        let pipe = try PipeTerminal()
        let text = String(repeating: "Fiscalía 東京 ", count: 15)
        pipe.type(text)
        #expect(pipe.events(1) == [.paste(text)])
        pipe.type("jk")
        #expect(pipe.events(2) == [.key(.character("j")), .key(.character("k"))])
        pipe.type("abc\u{1B}OA")
        #expect(pipe.events(2) == [.paste("abc"), .key(.up)])
    }

    @Test("a bracketed paste is one paste with its lines, and the escape sequences in it act as nothing")
    func bracketedPaste() throws {
        let pipe = try PipeTerminal()
        #expect(pipe.terminal.hasBracketedPaste)
        pipe.type("\u{1B}[200~line one\r\nline two\u{1B}OA\u{07}\u{1B}[201~q")
        #expect(pipe.events(2) == [.paste("line one\nline two"), .key(.character("q"))])
    }

    @Test("SIGTERM arrives as an event, not as death")
    func terminationSignalIsAnEvent() throws {
        let pipe = try PipeTerminal()
        var current = sigaction()
        sigaction(SIGTERM, nil, &current)
        // Never send the signal unless our handler is there to take it.
        try #require(current.__sigaction_handler.sa_handler != nil && unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) > 1)
        kill(getpid(), SIGTERM)
        #expect(pipe.events(1) == [.signal(.terminate)])
        kill(getpid(), SIGHUP)
        #expect(pipe.events(1) == [.signal(.hangUp)])
    }

    @Test("close puts the signal handlers back as they were")
    func closeRestoresSignalHandlers() throws {
        var before = sigaction()
        sigaction(SIGINT, nil, &before)
        let pipe = try PipeTerminal()
        pipe.terminal.close()
        var after = sigaction()
        sigaction(SIGINT, nil, &after)
        #expect(unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self))
    }

    @Test("nothing to read gives a tick at the timeout; wake() gives one at once")
    func ticksAndWaking() throws {
        let pipe = try PipeTerminal()
        #expect(pipe.terminal.nextEvent(timeout: .milliseconds(20)) == .tick)
        let clock = ContinuousClock()
        let start = clock.now
        let waker = pipe.terminal.waker
        let thread = Thread { waker.wake() }
        thread.start()
        #expect(pipe.terminal.nextEvent(timeout: .seconds(30)) == .tick)
        #expect(clock.now - start < .seconds(10))
    }

    @Test("a terminal that goes away is a hang-up, not a busy loop")
    func inputClosedIsHangUp() throws {
        let pipe = try PipeTerminal()
        pipe.hangUp()
        #expect(pipe.events(1) == [.signal(.hangUp)])
    }

    @Test("a resize is an event with the new size, and the next paint repaints everything")
    func resizeIsAnEvent() throws {
        let pipe = try PipeTerminal()
        pipe.paint(Self.caseList(selected: 1))
        resizeterm(30, 100)
        #expect(pipe.events(1) == [.resize(width: 100, height: 30)])
        #expect(pipe.terminal.size == (100, 30))
    }

    @Test("close shows the cursor, leaves the alternate screen and bracketed paste, and is idempotent")
    func closeRestores() throws {
        let pipe = try PipeTerminal()
        pipe.paint(Self.caseList(selected: 1))
        pipe.terminal.close()
        let bytes = pipe.drain()
        #expect(bytes.contains("\u{1B}[?25h"))
        #expect(bytes.contains("\u{1B}[?1049l"))
        #expect(bytes.contains("\u{1B}[?2004l"))
        pipe.terminal.close()
        #expect(pipe.terminal.nextEvent(timeout: .zero) == nil)
    }

    @Test("the crash path writes sgr0, cnorm, keypad off, bracketed paste off and rmcup")
    func crashRestoreBytes() throws {
        let pipe = try PipeTerminal()
        let bytes = pipe.terminal.crashRestoreBytes
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}(B\u{1B}[m" + "\u{1B}[?12l\u{1B}[?25h" + "\u{1B}[?1l\u{1B}>" + "\u{1B}[?2004l" + "\u{1B}[?1049l\u{1B}[23;0;0t")
    }

    @Test("under NO_COLOR no colour is ever sent; with colour TLP:RED is red")
    func noColorSendsNoColour() throws {
        var grid = CellGrid(width: 80, height: 24)
        grid.put("TLP:RED", x: 0, y: 0, style: Style(.tlpRed))
        grid.put("TLP:AMBER", x: 0, y: 1, style: Style(.tlpAmber))
        grid.put("critical", x: 0, y: 2, style: Style(.priorityCritical))
        let monochrome = try PipeTerminal(environment: ["NO_COLOR": "1"])
        #expect(monochrome.terminal.theme.isMonochrome)
        let plain = monochrome.paint(grid)
        #expect(!plain.contains("\u{1B}[31m") && !plain.contains("38;5;") && !plain.contains("\u{1B}[33m"))
        #expect(monochrome.screen.text == grid.text)
        monochrome.terminal.close()

        let colour = try PipeTerminal()
        #expect(!colour.terminal.theme.isMonochrome)
        let coloured = colour.paint(grid)
        #expect(coloured.contains("\u{1B}[31m"))
        #expect(coloured.contains("38;5;214"))
    }

    @Test("an unknown TERM is refused with its name, and leaves no handler behind")
    func unknownTerminalRefused() {
        var before = sigaction()
        sigaction(SIGTERM, nil, &before)
        #expect(throws: TerminalError.unknownTerminal("enlace-no-such-terminal")) {
            try PipeTerminal(type: "enlace-no-such-terminal")
        }
        var after = sigaction()
        sigaction(SIGTERM, nil, &after)
        #expect(unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self))
    }

    @Test("open() with standard input from /dev/null refuses at once, naming a stream")
    func openRefusesWithoutATerminal() throws {
        let saved = dup(STDIN_FILENO)
        let null = Glibc.open("/dev/null", O_RDONLY)
        try #require(saved >= 0 && null >= 0)
        dup2(null, STDIN_FILENO)
        defer {
            dup2(saved, STDIN_FILENO)
            Glibc.close(saved)
            Glibc.close(null)
        }
        let expected: TerminalError = isatty(STDOUT_FILENO) == 1 ? .notATerminal(.input) : .notATerminal(.output)
        #expect(throws: expected) { try Terminal.open(environment: ["TERM": "xterm-256color"]) }
    }

    @Test("a flag reaches the terminal with both its regional indicators, and what follows stays in place")
    func flagReachesTheTerminalWhole() throws {
        let pipe = try PipeTerminal()
        var grid = CellGrid(width: 80, height: 24)
        grid.put("🇲🇽🇺🇸 Manzanillo|", x: 4, y: 2)
        grid.put("TLP:RED", x: 73, y: 2)
        let bytes = pipe.paint(grid)
        #expect(bytes.contains("🇲🇽🇺🇸"))
        #expect(pipe.screen.text == grid.text)
    }

    @Test("a ZWJ family reaches the terminal whole, in two cells, also when longer than a cchar_t holds")
    func familyReachesTheTerminalWhole() throws {
        let pipe = try PipeTerminal()
        let three = "👨\u{200D}👩\u{200D}👧"
        let four = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        var grid = CellGrid(width: 80, height: 24)
        grid.put("a\(three)b|", x: 0, y: 1, style: Style(.title))
        grid.put("a\(four)b|", x: 0, y: 3, style: Style(.normal, .reverse))
        grid.put("end", x: 0, y: 23)
        let bytes = pipe.paint(grid)
        #expect(bytes.contains(three))
        #expect(bytes.contains(four))
        #expect(pipe.screen.text == grid.text)
        // Painting again sends nothing new, and the longer family is not cut by a later change.
        grid.put("x", x: 40, y: 3)
        pipe.paint(grid)
        #expect(pipe.screen.text == grid.text)
    }

    @Test("Persian with a ZWNJ reaches the terminal with it")
    func persianKeepsItsNonJoiner() throws {
        let pipe = try PipeTerminal()
        var grid = CellGrid(width: 80, height: 24)
        grid.put("می\u{200C}خواهم|", x: 10, y: 5)
        let bytes = pipe.paint(grid)
        #expect(bytes.contains("ی\u{200C}"))
        #expect(pipe.screen.text == grid.text)
    }
}
