/// What an Esc that arrived with more input right behind it starts: a terminal's escape
/// sequence ncurses did not recognise, or Alt with a key. A person's Esc arrives alone.
///
/// An unknown sequence is read to its end and dropped whole: spelt out as keys, `ESC[1;5H`
/// would be Esc (closing a form), then `[`, `1`, `;`, `5` and `H` typed into the next field.
enum EscapeSequence {
    /// The most input read as one sequence; past it, whatever comes is input again.
    static let longest = 256

    enum Outcome: Equatable {
        /// A sequence, read and dropped; `then` came right after it.
        case dropped(then: RawInput?)
        /// Esc followed by this input (Alt with a key): both are keys.
        case escapeThen(RawInput)
    }

    /// Reads on from the input after Esc; `first` is what came right behind the Esc, `next`
    /// gives the rest (nil once nothing more arrives in time).
    static func read(after first: RawInput, next: () -> RawInput?) -> Outcome {
        guard case .character(let introducer) = first else { return .escapeThen(first) }
        switch introducer {
        case 0x5B: // CSI: parameters and intermediates, then one final byte.
            return readUntil(next) { (0x40...0x7E).contains($0) ? .end : (0x20...0x3F).contains($0) ? .more : .broken }
        case 0x4F: // SS3: one byte.
            return readUntil(next) { _ in .end }
        case 0x5D, 0x50, 0x5F, 0x5E: // OSC, DCS, APC, PM: a string up to BEL or ESC.
            return readUntil(next) { $0 == 0x07 || $0 == 0x1B ? .end : .more }
        default:
            return .escapeThen(first)
        }
    }

    private enum Step { case more, end, broken }

    private static func readUntil(_ next: () -> RawInput?, _ step: (UInt32) -> Step) -> Outcome {
        for _ in 0..<longest {
            guard let input = next() else { return .dropped(then: nil) }
            guard case .character(let value) = input else { return .dropped(then: input) }
            switch step(value) {
            case .more: continue
            case .end:
                // A string's ESC is the start of its terminator, ESC \.
                if value == 0x1B, let after = next(), after != .character(0x5C) { return .dropped(then: after) }
                return .dropped(then: nil)
            case .broken: return .dropped(then: input)
            }
        }
        return .dropped(then: nil)
    }
}
