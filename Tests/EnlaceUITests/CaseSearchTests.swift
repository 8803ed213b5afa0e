import EnlaceModel
import Testing
@testable import EnlaceUI

/// The cases filter gives the same list whether it runs on the search index or on
/// `Query.matches`, keystroke by keystroke, and never trusts an index built for other data.
@Suite("The cases filter on the search index")
struct CaseSearchTests {
    func indexed(_ state: AppState) -> AppState {
        var state = state
        _ = update(&state, .searchIndexBuilt(.init(indexing: state.data.cases, generation: state.dataGeneration)))
        return state
    }

    @Test("every keystroke lists the same cases with and without the index", arguments: [
        "precursor", "fentanyl manz", "status:active -lead:DEA", "agency:PGR", "overdue", "zzz", "tag:fentanyl fisc",
    ])
    func sameAnswers(query: String) {
        var plain = TestBoard.state()
        var withIndex = indexed(TestBoard.state())
        #expect(withIndex.caseSearch.built != nil)
        typeInBoth(query, &plain, &withIndex)
    }

    /// Opens the filter on both boards and types `query`, checking after each key that they
    /// list the same cases; `each` checks more.
    private func typeInBoth(
        _ query: String, _ plain: inout AppState, _ withIndex: inout AppState, each: (AppState) -> Void = { _ in }
    ) {
        _ = press([.character("/")], &plain)
        _ = press([.character("/")], &withIndex)
        for character in query {
            _ = press([.character(character)], &plain)
            _ = press([.character(character)], &withIndex)
            #expect(listedCaseIDs(plain) == listedCaseIDs(withIndex), "after typing up to \(character) of \(query)")
            each(withIndex)
        }
    }

    @Test("after a save, the index for the old data still lists exactly what Query.matches lists, asking it only about what changed", arguments: [
        "zebra", "precursor", "status:active -lead:DEA", "agency:PGR", "overdue", "zzz", "tag:fentanyl fisc", "seizure",
    ])
    func indexForOlderData(query: String) {
        var plain = TestBoard.state()
        var withIndex = indexed(TestBoard.state())
        let indexedGeneration = withIndex.dataGeneration
        _ = update(&plain, .dataChanged(TestBoard.afterOthersSaved(plain.data)))
        _ = update(&withIndex, .dataChanged(TestBoard.afterOthersSaved(withIndex.data)))
        #expect(withIndex.caseSearch.built?.generation == indexedGeneration, "the new index is not there yet")
        typeInBoth(query, &plain, &withIndex) { withIndex in
            // The retitled case and the new one; every other case is answered by the index.
            #expect(withIndex.caseSearch.casesMatchedDirectly == 2)
        }
        #expect(plain.caseSearch.casesMatchedDirectly == plain.data.cases.count)
    }

    @Test("an index for data older than the one in use is dropped")
    func olderIndexDropped() {
        var state = TestBoard.state()
        let old = CaseSearch.Built(indexing: state.data.cases, generation: state.dataGeneration)
        _ = update(&state, .dataChanged(TestBoard.afterOthersSaved(state.data)))
        let current = CaseSearch.Built(indexing: state.data.cases, generation: state.dataGeneration)
        _ = update(&state, .searchIndexBuilt(current))
        _ = update(&state, .searchIndexBuilt(old))
        #expect(state.caseSearch.built?.generation == current.generation)
        _ = press([.character("/")], &state)
        type("zebra", &state)
        #expect(listedCaseIDs(state).sorted() == [state.data.cases[1].id, "MX-2026-9999"].sorted())
        #expect(state.caseSearch.casesMatchedDirectly == 0)
    }

    @Test("an index of skeletons goes when the whole cases come: it would answer for none of them")
    func skeletonIndexDropped() {
        let whole = TestBoard.state()
        var state = AppState(data: whole.data, size: whole.size, language: .en, today: TestBoard.today, loadingCases: true)
        _ = update(&state, .searchIndexBuilt(.init(indexing: state.data.cases, generation: state.dataGeneration)))
        #expect(state.caseSearch.built != nil)
        _ = update(&state, .dataChanged(whole.data))
        #expect(state.caseSearch.built == nil)
        _ = update(&state, .searchIndexBuilt(.init(indexing: state.data.cases, generation: state.dataGeneration)))
        _ = update(&state, .dataChanged(TestBoard.afterOthersSaved(state.data)))
        #expect(state.caseSearch.built != nil, "an index of whole cases stays after another save")
    }

    @Test("an index arriving in the background leaves the status message standing")
    func indexKeepsStatusMessage() {
        var state = TestBoard.state()
        _ = update(&state, .refused(.readOnly))
        let message = state.statusMessage
        #expect(message != nil)
        _ = update(&state, .searchIndexBuilt(.init(indexing: state.data.cases, generation: state.dataGeneration)))
        #expect(state.statusMessage == message)
    }
}
