import CNcursesw
import EnlaceUI
#if canImport(Glibc)
import Glibc
#endif

/// Turns what ncurses reads into `TerminalEvent`s: keys decoded by `KeyDecoder`, and pastes
/// gathered into one event, so a 200-character paste is one redraw and not 200.
struct InputReader {
    /// A burst of at least this many printable characters already waiting is a paste (for
    /// terminals without bracketed paste). Two keys typed fast stay two keys.
    static let pasteBurstMinimum = 3
    /// How long a bracketed paste may pause before what came is taken as the whole paste.
    static let pasteStallMilliseconds: Int32 = 200
    /// The longest paste kept; the rest is read and dropped.
    static let pasteLimit = 1 << 20

    let window: UnsafeMutablePointer<WINDOW>
    let inputDescriptor: Int32
    /// Events already read, to hand out before reading more.
    var pending: [TerminalEvent] = []

    /// What ncurses has without waiting (it still waits ESCDELAY inside an escape sequence).
    func readRaw() -> RawInput? {
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: value))
        case OK: return .character(value)
        default: return nil
        }
    }

    /// The next input, waiting up to the Esc delay for it: the rest of an escape sequence may
    /// come in a later packet over SSH.
    func readSoon() -> RawInput? {
        if let raw = readRaw() { return raw }
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Terminal.escapeDelayMilliseconds) > 0 else { return nil }
        return readRaw()
    }

    /// The event `raw` starts; nil for an input the board ignores. May read more input (the
    /// rest of a paste) and queue what came after it in `pending`.
    mutating func event(from raw: RawInput) -> TerminalEvent? {
        if KeyDecoder.isPrintable(raw), case .character(let value) = raw, let first = Unicode.Scalar(value) {
            return burst(startingWith: first)
        }
        if raw == .character(0x1B), let next = readRaw() {
            switch EscapeSequence.read(after: next, next: { readSoon() }) {
            case .escapeThen(let input):
                if let after = self.event(from: input) { pending.append(after) }
                return .key(.escape)
            case .dropped(let after):
                return after.flatMap { self.event(from: $0) }
            }
        }
        switch KeyDecoder.decode(raw) {
        case .key(let key): return .key(key)
        case .resize: return .resize(width: Int(enlace_cols()), height: Int(enlace_lines()))
        case .pasteStart: return bracketedPaste()
        case .pasteEnd, .ignored: return nil
        }
    }

    private mutating func burst(startingWith first: Unicode.Scalar) -> TerminalEvent {
        var scalars = String.UnicodeScalarView([first])
        var stopper: RawInput?
        while let next = readRaw() {
            guard KeyDecoder.isPrintable(next), case .character(let value) = next, let scalar = Unicode.Scalar(value) else {
                stopper = next
                break
            }
            scalars.append(scalar)
        }
        let text = String(scalars)
        let event: TerminalEvent
        if text.count >= Self.pasteBurstMinimum {
            event = .paste(text)
        } else {
            var characters = Array(text)
            event = .key(.character(characters.removeFirst()))
            pending += characters.map { .key(.character($0)) }
        }
        if let stopper, let after = self.event(from: stopper) { pending.append(after) }
        return event
    }

    /// Everything up to the end marker, lines joined by "\n", other controls and keys dropped
    /// (a pasted escape sequence must not act as keys).
    private func bracketedPaste() -> TerminalEvent {
        var scalars = String.UnicodeScalarView()
        var count = 0
        var afterCarriageReturn = false
        func append(_ scalar: Unicode.Scalar) {
            guard count < Self.pasteLimit else { return }
            scalars.append(scalar)
            count += 1
        }
        reading: while true {
            guard let raw = readRaw() else {
                var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptor, 1, Self.pasteStallMilliseconds)
                if ready == 0 || (ready > 0 && descriptor.revents & Int16(POLLIN) == 0) { break reading }
                continue
            }
            switch raw {
            case .keyCode(KeyDecoder.pasteEndCode): break reading
            case .keyCode(KEY_ENTER): append("\n")
            case .keyCode: break
            case .character(0x0D): append("\n")
            case .character(0x0A): if !afterCarriageReturn { append("\n") }
            case .character(0x09): append("\t")
            case .character(let value):
                if KeyDecoder.isPrintable(raw), let scalar = Unicode.Scalar(value) { append(scalar) }
            }
            afterCarriageReturn = raw == .character(0x0D)
        }
        return .paste(String(scalars))
    }
}
