import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

@Suite("The board's export prompt")
struct ExportPromptTests {
    @Test("x asks for format, language and releasability; Enter asks the run loop to write")
    func promptToRequest() {
        var state = TestBoard.state()
        let id = state.selectedRecordID(in: .cases)
        press([.character("x")], &state)
        #expect(state.inputMode == .export)
        #expect(BoardView.render(state).text.contains("Export " + (id ?? "")))
        press([.right, .right, .down, .right, .down, .character(" ")], &state)
        let effects = press([.enter], &state)
        #expect(effects == [.export(ExportRequest(caseIDs: [id ?? ""], format: .html, language: .es, releasable: true))])
        #expect(state.exportPrompt == nil)
        _ = update(&state, .exportFinished(.written(path: "/data/exports/MX.es.html")))
        #expect(BoardView.render(state).text.contains("Brief written: /data/exports/MX.es.html"))
    }

    @Test("Esc closes the prompt without writing; outside the cases pane x says why")
    func cancelAndOtherPanes() {
        var state = TestBoard.state()
        press([.character("x")], &state)
        #expect(press([.escape], &state).isEmpty)
        #expect(state.exportPrompt == nil)
        press([.character("2"), .character("x")], &state)
        #expect(state.exportPrompt == nil)
        #expect(state.statusMessage?.phrase == .exportOnlyCases)
    }

    @Test("x again starts from the last written answers; a cancelled prompt is not remembered")
    func remembersLastConfirmedAnswers() {
        var state = TestBoard.state()
        let id = state.selectedRecordID(in: .cases) ?? ""
        press([.character("x"), .right, .right, .down, .right, .down, .character(" "), .enter], &state)
        press([.character("j"), .character("x")], &state)
        let next = state.selectedRecordID(in: .cases) ?? ""
        #expect(next != id)
        #expect(state.exportPrompt?.request == ExportRequest(caseIDs: [next], format: .html, language: .es, releasable: true))
        press([.up, .left, .escape, .character("x")], &state)
        #expect(state.exportPrompt?.request == ExportRequest(caseIDs: [next], format: .html, language: .es, releasable: true))
    }

    @Test("the kiosk has no export: x answers read-only")
    func kioskHasNoExport() {
        let kiosk = KioskKeys.keymap()
        #expect(kiosk.intent(for: .character("x"), in: .board) == .refused(.readOnly))
        var state = TestBoard.state(keymap: kiosk)
        #expect(press([.character("x")], &state).isEmpty)
        #expect(state.exportPrompt == nil)
    }
}
