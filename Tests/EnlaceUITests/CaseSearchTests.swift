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
        _ = press([.character("/")], &plain)
        _ = press([.character("/")], &withIndex)
        for character in query {
            _ = press([.character(character)], &plain)
            _ = press([.character(character)], &withIndex)
            #expect(listedIDs(plain) == listedIDs(withIndex), "after typing up to \(character) of \(query)")
        }
    }

    /// The board's data after another officer's saves: one case retitled, one gone, one new.
    private func changed(_ data: BoardData) -> BoardData {
        var data = data
        data.cases[1].title = "Zebra crossing seizure"
        data.cases[1].version += 1
        let gone = data.cases.remove(at: 3)
        var arrived = gone
        arrived.id = "MX-2026-9999"
        arrived.title = "Precursor zebra shipment"
        data.cases.append(arrived)
        return data
    }

    @Test("after a save, the index for the old data still lists exactly what Query.matches lists, asking it only about what changed", arguments: [
        "zebra", "precursor", "status:active -lead:DEA", "agency:PGR", "overdue", "zzz", "tag:fentanyl fisc", "seizure",
    ])
    func indexForOlderData(query: String) {
        var plain = TestBoard.state()
        var withIndex = indexed(TestBoard.state())
        let indexedGeneration = withIndex.dataGeneration
        _ = update(&plain, .dataChanged(changed(plain.data)))
        _ = update(&withIndex, .dataChanged(changed(withIndex.data)))
        #expect(withIndex.caseSearch.built?.generation == indexedGeneration, "the new index is not there yet")
        _ = press([.character("/")], &plain)
        _ = press([.character("/")], &withIndex)
        for character in query {
            _ = press([.character(character)], &plain)
            _ = press([.character(character)], &withIndex)
            #expect(listedIDs(plain) == listedIDs(withIndex), "after typing up to \(character) of \(query)")
            // The retitled case and the new one; every other case is answered by the index.
            #expect(withIndex.caseSearch.casesMatchedDirectly == 2)
        }
        #expect(plain.caseSearch.casesMatchedDirectly == plain.data.cases.count)
    }

    @Test("an index for data older than the one in use is dropped")
    func olderIndexDropped() {
        var state = TestBoard.state()
        let old = CaseSearch.Built(indexing: state.data.cases, generation: state.dataGeneration)
        _ = update(&state, .dataChanged(changed(state.data)))
        let current = CaseSearch.Built(indexing: state.data.cases, generation: state.dataGeneration)
        _ = update(&state, .searchIndexBuilt(current))
        _ = update(&state, .searchIndexBuilt(old))
        #expect(state.caseSearch.built?.generation == current.generation)
        _ = press([.character("/")], &state)
        type("zebra", &state)
        #expect(listedIDs(state).sorted() == [state.data.cases[1].id, "MX-2026-9999"].sorted())
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
        _ = update(&state, .dataChanged(changed(state.data)))
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
