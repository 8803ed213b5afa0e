@testable import EnlaceTerminal
import Testing

@Suite("Escape sequences ncurses did not know")
struct EscapeSequenceTests {
    /// Reads `text` (what came after Esc) through `EscapeSequence`, and what it left unread.
    private func read(_ text: String) -> (EscapeSequence.Outcome, rest: String) {
        var inputs = text.unicodeScalars.map { RawInput.character($0.value) }
        let first = inputs.removeFirst()
        let outcome = EscapeSequence.read(after: first) { inputs.isEmpty ? nil : inputs.removeFirst() }
        return (outcome, String(String.UnicodeScalarView(inputs.compactMap { if case .character(let v) = $0 { Unicode.Scalar(v) } else { nil } })))
    }

    @Test("a CSI sequence is read to its final byte and dropped; what follows is left unread", arguments: [
        "[1;5H", "[200~", "[?1049h", "[38;5;214m",
    ])
    func controlSequence(sequence: String) {
        let (outcome, rest) = read(sequence + "qx")
        #expect(outcome == .dropped(then: nil))
        #expect(rest == "qx")
    }

    @Test("an SS3 sequence is two bytes")
    func singleShift() {
        let (outcome, rest) = read("Ozab")
        #expect(outcome == .dropped(then: nil))
        #expect(rest == "ab")
    }

    @Test("an OSC string ends at BEL or at ESC \\")
    func operatingSystemCommand() {
        #expect(read("]0;title\u{07}k") == (.dropped(then: nil), "k"))
        #expect(read("]11;rgb:0000/0000/0000\u{1B}\\k") == (.dropped(then: nil), "k"))
    }

    @Test("Esc and a letter is Alt with that letter: Esc, then the letter")
    func altKey() {
        #expect(read("x").0 == .escapeThen(.character(UInt32(UInt8(ascii: "x")))))
    }

    @Test("a sequence cut short by a byte that cannot be in it hands that byte on")
    func brokenSequence() {
        #expect(read("[12\u{0D}").0 == .dropped(then: .character(0x0D)))
    }

    @Test("an endless sequence stops being read at the limit")
    func endless() {
        let (outcome, rest) = read("[" + String(repeating: "1", count: EscapeSequence.longest + 10))
        #expect(outcome == .dropped(then: nil))
        #expect(rest.count == 10)
    }
}
