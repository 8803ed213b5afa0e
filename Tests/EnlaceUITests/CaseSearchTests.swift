import EnlaceModel
import Testing
@testable import EnlaceUI

/// The cases filter gives the same list whether it runs on the search index or on
/// `Query.matches`, keystroke by keystroke, and never trusts an index built for other data.
@Suite("The cases filter on the search index")
struct CaseSearchTests {
    func listedIDs(_ state: AppState) -> [String] { state.lists.cases.items.map { state.data.cases[$0].id } }

    func indexed(_ state: AppState) -> AppState {
        var state = state
        _ = update(&state, .searchIndexBuilt(.init(index: CaseSearchIndex(state.data.cases), generation: state.dataGeneration)))
        return state
    }

    @Test("every keystroke lists the same cases with and without the index", arguments: [
        "precursor", "fentanyl manz", "status:active -lead:DEA", "agency:PGR", "overdue", "zzz", "tag:fentanyl fisc",
    ])
    func sameAnswers(query: String) {
        var plain = TestBoard.state()
        var withIndex = indexed(TestBoard.state())
        #expect(withIndex.caseSearch.built != nil)
        _ = press([.character("/")], &plain)
        _ = press([.character("/")], &withIndex)
        for character in query {
            _ = press([.character(character)], &plain)
            _ = press([.character(character)], &withIndex)
            #expect(listedIDs(plain) == listedIDs(withIndex), "after typing up to \(character) of \(query)")
        }
    }

    @Test("an index built for older data is not used")
    func staleIndexIgnored() {
        var state = TestBoard.state()
        let old = CaseSearch.Built(index: CaseSearchIndex([]), generation: state.dataGeneration)
        _ = update(&state, .dataChanged(state.data))
        _ = update(&state, .searchIndexBuilt(old))
        #expect(state.caseSearch.built == nil)
        _ = press([.character("/")], &state)
        type("precursor", &state)
        #expect(!listedIDs(state).isEmpty, "the filter still works through Query.matches")
    }

    @Test("an index arriving in the background leaves the status message standing")
    func indexKeepsStatusMessage() {
        var state = TestBoard.state()
        _ = update(&state, .refused(.readOnly))
        let message = state.statusMessage
        #expect(message != nil)
        _ = update(&state, .searchIndexBuilt(.init(index: CaseSearchIndex(state.data.cases), generation: state.dataGeneration)))
        #expect(state.statusMessage == message)
    }
}
