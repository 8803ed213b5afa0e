import CNcursesw
import EnlaceUI

/// What `wget_wch` answered: a function-key code (`KEY_CODE_YES`) or a character.
public enum RawInput: Hashable, Sendable {
    case keyCode(Int32)
    case character(UInt32)
}

/// From ncurses' answers to the board's keys: a pure table, so every key is tested without a
/// terminal.
public enum KeyDecoder {
    /// Codes Enlace gives the bracketed-paste markers with `define_key` (above ncurses' own).
    public static let pasteStartCode: Int32 = 0x1F00
    public static let pasteEndCode: Int32 = 0x1F01

    /// One decoded input.
    public enum Decoded: Hashable, Sendable {
        case key(Key)
        case resize
        case pasteStart
        case pasteEnd
        /// A key the board has no use for (mouse, an unmapped function key, a C1 control).
        case ignored
    }

    public static func decode(_ input: RawInput) -> Decoded {
        switch input {
        case .keyCode(let code): decodeKeyCode(code)
        case .character(let value): decodeCharacter(value)
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Decoded {
        switch code {
        case KEY_UP, KEY_SR: .key(.up)
        case KEY_DOWN, KEY_SF: .key(.down)
        case KEY_LEFT, KEY_SLEFT: .key(.left)
        case KEY_RIGHT, KEY_SRIGHT: .key(.right)
        case KEY_PPAGE, KEY_A3, KEY_SPREVIOUS: .key(.pageUp)
        case KEY_NPAGE, KEY_C3, KEY_SNEXT: .key(.pageDown)
        // Some terminfo entries (vt220, screen) send Find and Select for Home and End.
        case KEY_HOME, KEY_A1, KEY_FIND, KEY_SHOME: .key(.home)
        case KEY_END, KEY_C1, KEY_SELECT, KEY_SEND, KEY_LL: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC, KEY_SDC: .key(.delete)
        case KEY_IC, KEY_SIC: .key(.insert)
        case KEY_BTAB: .key(.backTab)
        case KEY_RESIZE: .resize
        case pasteStartCode: .pasteStart
        case pasteEndCode: .pasteEnd
        default:
            if code > KEY_F0, code <= KEY_F0 + 63 { .key(.function(Int(code - KEY_F0))) } else { .ignored }
        }
    }

    static func decodeCharacter(_ value: UInt32) -> Decoded {
        switch value {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x1B: return .key(.escape)
        // Raw mode delivers Ctrl-letters as bytes 1…26 (Ctrl-C, Ctrl-Z included: no signal).
        case 0x01...0x1A: return .key(.control(Character(Unicode.Scalar(UInt8(0x60 + value)))))
        case 0x00: return .key(.control("@"))
        case 0x1C: return .key(.control("\\"))
        case 0x1D: return .key(.control("]"))
        case 0x1E: return .key(.control("^"))
        case 0x1F: return .key(.control("_"))
        case 0x80...0x9F: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// Whether `input` is text a paste is made of (a printable character, not a key).
    static func isPrintable(_ input: RawInput) -> Bool {
        guard case .character(let value) = input, let scalar = Unicode.Scalar(value) else { return false }
        return value >= 0x20 && value != 0x7F && !(0x80...0x9F).contains(value) && scalar.properties.generalCategory != .unassigned
    }
}
