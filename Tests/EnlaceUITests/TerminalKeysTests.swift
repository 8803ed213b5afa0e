import EnlaceModel
import Testing
@testable import EnlaceUI

@Suite("Ctrl-L and Ctrl-Z: the terminal's own keys")
struct TerminalKeysTests {
    @Test("Ctrl-L repaints and Ctrl-Z suspends in every mode, a form's and the filter's included")
    func everyMode() {
        for mode in InputMode.allCases {
            #expect(Keymap.board.intent(for: .control("l"), in: mode) == .repaint, "Ctrl-L in \(mode)")
            #expect(Keymap.board.intent(for: .control("z"), in: mode) == .suspend, "Ctrl-Z in \(mode)")
        }
    }

    @Test("they ask the terminal and change nothing on the board, a status message included")
    func boardUnchanged() {
        var state = TestBoard.state()
        _ = update(&state, .moveDown)
        _ = update(&state, .startFilter)
        state.statusMessage = StatusMessage(.sortOnlyCases)
        let before = state
        #expect(update(&state, .repaint) == [.repaint])
        #expect(update(&state, .suspend) == [.suspend])
        #expect(state == before)
    }

    @Test("the wall display repaints on Ctrl-L and refuses Ctrl-Z: nobody there may leave it")
    func kiosk() {
        let keymap = KioskKeys.keymap()
        #expect(keymap.intent(for: .control("l"), in: .board) == .repaint)
        #expect(keymap.intent(for: .control("z"), in: .board) == .refused(.readOnly))
    }
}
