import EnlaceText
@testable import EnlaceTerminal
import Testing

@Suite("Refusing where no board can run")
struct TerminalPreflightTests {
    static let terminal = ["TERM": "xterm-256color"]

    @Test("a terminal with a usable TERM passes")
    func usable() {
        #expect(TerminalPreflight.check(environment: Self.terminal, inputIsTerminal: true, outputIsTerminal: true) == nil)
    }

    @Test("standard output not a terminal is named first, then standard input")
    func streams() {
        #expect(TerminalPreflight.check(environment: Self.terminal, inputIsTerminal: true, outputIsTerminal: false) == .notATerminal(.output))
        #expect(TerminalPreflight.check(environment: Self.terminal, inputIsTerminal: false, outputIsTerminal: true) == .notATerminal(.input))
        #expect(TerminalPreflight.check(environment: [:], inputIsTerminal: false, outputIsTerminal: false) == .notATerminal(.output))
    }

    @Test("TERM unset or empty, and TERM=dumb, are refused")
    func term() {
        #expect(TerminalPreflight.check(environment: [:], inputIsTerminal: true, outputIsTerminal: true) == .termUnset)
        #expect(TerminalPreflight.check(environment: ["TERM": ""], inputIsTerminal: true, outputIsTerminal: true) == .termUnset)
        #expect(TerminalPreflight.check(environment: ["TERM": "dumb"], inputIsTerminal: true, outputIsTerminal: true) == .dumbTerminal)
    }

    static let errors: [TerminalError] = [
        .notATerminal(.input), .notATerminal(.output), .termUnset, .dumbTerminal,
        .unknownTerminal("xterm-kitty"), .systemFailure(call: "pipe", code: 24),
    ]

    // The "enlace: " prefix is the command line's to add, once, to every failure it prints.
    @Test("every refusal is one line without its own enlace: prefix and says what to do, in both languages", arguments: errors)
    func oneLine(error: TerminalError) {
        for language in Language.allCases {
            let message = error.message(language)
            #expect(!message.hasPrefix("enlace: "))
            #expect(!message.contains("\n") && !message.contains("{"))
            #expect(message.contains("enlace list"))
        }
        #expect(error.message(.en) != error.message(.es))
    }

    @Test("the dumb terminal message is the one the brief promises")
    func dumbWording() {
        #expect(TerminalError.dumbTerminal.message(.en) == "TERM=dumb cannot show the board; use a terminal like xterm-256color, or `enlace list` for scripts")
    }

    @Test("an unknown TERM is named, made safe to print")
    func unknownNamed() {
        #expect(TerminalError.unknownTerminal("xterm-kitty").message(.es).contains("TERM=xterm-kitty"))
        #expect(!TerminalError.unknownTerminal("evil\u{1B}]0;x\u{07}").message(.en).contains("\u{1B}"))
    }

    @Test("both languages of every terminal phrase use the same placeholders")
    func placeholders() {
        for phrase in TerminalPhrase.allCases {
            #expect(Catalog.placeholders(in: phrase.english) == Catalog.placeholders(in: phrase.spanish), "\(phrase)")
        }
        #expect(Catalog.sections.contains { $0 == TerminalPhrase.self })
    }
}
