import EnlaceModel
import Testing
@testable import EnlaceUI

@Suite("drafts of a form a signal interrupted")
struct EditDraftTests {
    @Test("an untouched form leaves no draft; a typed one is offered back and restored as it was")
    func roundTrip() {
        var state = TestBoard.state(width: 120, height: 40)
        _ = apply([.startFilter, .filterInsert("MX-2026-0002"), .filterAccept, .setNextAction], to: &state)
        #expect(state.draft == nil)
        _ = apply([.editDeleteToStart, .editInsert("call SRE"), .editNextField, .editDeleteToStart, .editInsert("+2w")], to: &state)
        guard let draft = state.draft else {
            Issue.record("no draft")
            return
        }
        #expect(draft == EditDraft(purpose: "nextAction", recordID: "MX-2026-0002", fields: ["nextAction": "call SRE", "due": "+2w"]))

        var next = TestBoard.state(width: 120, height: 40)
        _ = update(&next, .offerDraft(draft))
        #expect(next.statusMessage?.phrase == .draftOffer)
        _ = update(&next, .restoreDraft)
        guard case .form(let form)? = next.editing else {
            Issue.record("not restored")
            return
        }
        #expect(form.text(.nextAction) == "call SRE")
        #expect(form.text(.due) == "+2w")
        #expect(form.purpose == .nextAction(base: .answered(TestBoard.cases[1])))
        #expect(next.offeredDraft == nil)
    }

    @Test("a draft whose case is gone, or one declined, opens nothing")
    func declined() {
        var state = TestBoard.state()
        _ = update(&state, .offerDraft(EditDraft(purpose: "editCase", recordID: "MX-1999-0001", fields: [:])))
        _ = update(&state, .restoreDraft)
        #expect(state.editing == nil)
        _ = update(&state, .offerDraft(EditDraft(purpose: "newCase", recordID: "", fields: ["title": "x"])))
        _ = update(&state, .dropDraft)
        #expect(state.editing == nil && state.offeredDraft == nil)
    }
}
