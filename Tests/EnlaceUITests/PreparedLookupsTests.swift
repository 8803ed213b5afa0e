import EnlaceModel
import Testing
@testable import EnlaceUI

/// The board's lookups and orders, worked out by the loader off the keyboard's thread, must
/// leave the board exactly as working them out in `update` would.
@Suite("Lookups prepared with the data")
struct PreparedLookupsTests {
    @Test("new data with its prepared lookups gives the same board as without them, in every order", arguments: CaseSort.allCases)
    func sameBoard(sort: CaseSort) {
        var board = TestBoard.state()
        while board.caseSort != sort { _ = update(&board, .cycleSort) }
        _ = press([.character("/")], &board)
        type("precursor", &board)
        let data = TestBoard.afterOthersSaved(board.data)

        var plain = board
        var prepared = board
        _ = update(&plain, .dataChanged(data))
        _ = update(&prepared, .dataChanged(data, prepared: PreparedLookups(data)))
        #expect(prepared == plain)
        #expect(prepared.index == BoardIndex(data))
        #expect(listedCaseIDs(prepared).contains("MX-2026-9999"))
    }

    @Test("with a search index in use, the prepared drift gives the same list; one against another index is left aside")
    func preparedDrift() {
        var board = TestBoard.state()
        let older = CaseSearch.Built(indexing: board.data.cases, generation: board.dataGeneration)
        _ = update(&board, .dataChanged(board.data))
        _ = update(&board, .searchIndexBuilt(.init(indexing: board.data.cases, generation: board.dataGeneration)))
        _ = press([.character("/")], &board)
        type("precursor", &board)
        var data = board.data
        data.cases[1].title = "Precursor drums at Manzanillo"
        data.cases[1].version += 1

        var plain = board
        var prepared = board
        var stale = board
        _ = update(&plain, .dataChanged(data))
        _ = update(&prepared, .dataChanged(data, prepared: PreparedLookups(data, searchIndex: board.searchIndexInUse)))
        _ = update(&stale, .dataChanged(data, prepared: PreparedLookups(data, searchIndex: older)))
        #expect(prepared.lists == plain.lists)
        #expect(stale.lists == plain.lists)
        #expect(prepared.caseSearch.casesMatchedDirectly == 1)
        #expect(listedCaseIDs(prepared).contains(data.cases[1].id))
    }
}

