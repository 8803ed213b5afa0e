import CNcursesw
import EnlaceUI
@testable import EnlaceTerminal
import Testing

@Suite("Key decoding")
struct KeyDecoderTests {
    @Test("ncurses key codes become the board's keys", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_FIND, .home), (KEY_SELECT, .end), (KEY_A1, .home), (KEY_C1, .end),
        (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_IC, .insert),
        (KEY_BTAB, .backTab), (enlace_key_f(1), .function(1)), (enlace_key_f(12), .function(12)),
    ])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(.keyCode(code)) == .key(key))
    }

    @Test("characters and control bytes become keys; Ctrl-C, Ctrl-Z and Ctrl-\\ are keys like any other", arguments: [
        (UInt32(0x0D), Key.enter), (0x0A, .enter), (0x09, .tab), (0x7F, .backspace), (0x08, .backspace),
        (0x1B, .escape), (0x01, .control("a")), (0x03, .control("c")), (0x1A, .control("z")),
        (0x1C, .control("\\")), (0x13, .control("s")), (0x11, .control("q")),
        (0x6A, .character("j")), (0xE9, .character("é")), (0x6771, .character("東")),
    ])
    func characters(value: UInt32, key: Key) {
        #expect(KeyDecoder.decode(.character(value)) == .key(key))
    }

    @Test("a resize, the paste markers and keys the board has no use for are told apart")
    func specialCodes() {
        #expect(KeyDecoder.decode(.keyCode(KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decode(.keyCode(KeyDecoder.pasteStartCode)) == .pasteStart)
        #expect(KeyDecoder.decode(.keyCode(KeyDecoder.pasteEndCode)) == .pasteEnd)
        #expect(KeyDecoder.decode(.keyCode(KEY_MOUSE)) == .ignored)
        #expect(KeyDecoder.decode(.character(0x9B)) == .ignored)
        #expect(KeyDecoder.decode(.character(0xD800)) == .ignored)
    }

    @Test("only printable characters make up a paste burst")
    func printable() {
        #expect(KeyDecoder.isPrintable(.character(0x61)))
        #expect(KeyDecoder.isPrintable(.character(0xED)))
        #expect(!KeyDecoder.isPrintable(.character(0x1B)))
        #expect(!KeyDecoder.isPrintable(.character(0x0D)))
        #expect(!KeyDecoder.isPrintable(.character(0x85)))
        #expect(!KeyDecoder.isPrintable(.keyCode(KEY_UP)))
    }
}
