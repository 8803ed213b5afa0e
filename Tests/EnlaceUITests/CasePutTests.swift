import EnlaceModel
import Testing
@testable import EnlaceUI

/// This officer's save puts one case on the board in place (`AppState.put`): the lookups, the
/// order and the filter follow that case alone. The board must be exactly the one that working
/// everything out again from the changed data gives.
@Suite("One saved case put on the board in place")
struct CasePutTests {
    /// Saves that move a case in every lookup and order: a note, closing it, a new due day and
    /// priority, other agencies and contacts, a renamed lead's former code, and a new case.
    static let saves: [(name: String, change: @Sendable (inout Case) -> Void)] = [
        ("a note", { $0.notes.append(Note(at: TestBoard.at("2026-11-29T10:00:00Z"), author: "me", text: "Llamada con la Fiscalía")) }),
        ("closed", { $0.status = .closed }),
        ("due and priority", { $0.due = TestBoard.day("2026-11-01"); $0.priority = .low; $0.updatedAt = TestBoard.at("2026-11-29T10:00:00Z") }),
        ("agencies and contacts", { $0.agencies = ["PGR", "UIF", "FGR"]; $0.contacts = ["C-0006", "C-0006", "C-0004"]; $0.leadAgency = "hsi" }),
        ("precursor in its title", { $0.title = "Precursor drums, second shipment" }),
    ]

    static func boardWithIndex(sort: CaseSort, filter: String?) -> AppState {
        var board = TestBoard.state()
        while board.caseSort != sort { _ = update(&board, .cycleSort) }
        _ = update(&board, .searchIndexBuilt(.init(indexing: board.data.cases, generation: board.dataGeneration)))
        if let filter {
            _ = press([.character("/")], &board)
            type(filter, &board)
        }
        return board
    }

    @Test("a saved case gives the board that the changed data gives, in every order, with a filter and without",
          arguments: CaseSort.allCases, [nil, "precursor", "-status:closed agency:FGR"])
    func sameBoard(sort: CaseSort, filter: String?) {
        for (name, change) in Self.saves {
            for position in [0, 3, 7, 11] {
                let board = Self.boardWithIndex(sort: sort, filter: filter)
                var saved = board.data.cases[position]
                change(&saved)
                saved.version += 1
                var changed = board.data
                changed.cases[position] = saved

                var inPlace = board, rebuilt = board
                // A link cursor and a detail scrolled down, in the cases pane and another.
                for pane in [Pane.cases, .contacts] {
                    inPlace.positions[pane].linkCursor = 2
                    inPlace.positions[pane].detailScroll = 3
                }
                rebuilt.positions = inPlace.positions
                inPlace.put(saved)
                rebuilt.replaceData(changed)
                #expect(listedCaseIDs(inPlace) == listedCaseIDs(rebuilt), "\(name) at \(position)")
                #expect(inPlace.sortedCases == rebuilt.sortedCases, "\(name) at \(position)")
                #expect(inPlace.index == BoardIndex(changed), "\(name) at \(position)")
                // Everything else too (a failure here prints two whole boards).
                let same = inPlace == rebuilt
                #expect(same, "\(name) at \(position)")
            }
        }
    }

    @Test("a new case is appended as working it all out again would place it", arguments: CaseSort.allCases)
    func newCase(sort: CaseSort) {
        let board = Self.boardWithIndex(sort: sort, filter: "precursor")
        var created = board.data.cases[0]
        created.id = "MX-2026-0100"
        created.due = TestBoard.day("2026-11-21")
        var changed = board.data
        changed.cases.append(created)
        var inPlace = board, rebuilt = board
        inPlace.put(created)
        rebuilt.replaceData(changed)
        #expect(listedCaseIDs(inPlace) == listedCaseIDs(rebuilt))
        #expect(inPlace.index == BoardIndex(changed))
        let same = inPlace == rebuilt
        #expect(same)
        #expect(listedCaseIDs(inPlace).contains("MX-2026-0100"))
    }

    @Test("with the search index in use, saves one after another are each asked directly, and only they")
    func searchFollows() throws {
        var board = Self.boardWithIndex(sort: .due, filter: "fiscalia")
        let query = try Query.parse("fiscalia", registry: board.data.registry)
        let context = QueryContext(registry: board.data.registry, today: TestBoard.today)
        for (step, position) in [2, 9, 2].enumerated() {
            var saved = board.data.cases[position]
            saved.notes.append(Note(at: TestBoard.at("2026-11-29T10:00:00Z"), author: "me", text: "Hablé con la Fiscalía"))
            saved.version += 1
            _ = update(&board, .noteAppended(saved))
            let expected = board.sortedCases.filter { query.matches(board.data.cases[$0], context) }.map { board.data.cases[$0].id }
            #expect(listedCaseIDs(board) == expected)
            #expect(listedCaseIDs(board).contains(saved.id))
            #expect(board.caseSearch.casesMatchedDirectly == [1, 2, 2][step])
            // The drift followed the saves: every case was not met with the index again.
            #expect(board.caseSearch.driftsWorkedOut == 0)
        }
    }

    @Test("an answer older than the case on the board changes nothing")
    func olderVersion() {
        var board = Self.boardWithIndex(sort: .due, filter: nil)
        var older = board.data.cases[4]
        older.title = "an older title"
        older.version -= 1
        let before = board
        board.put(older)
        let same = board == before
        #expect(same)
    }

    /// The test board's cases repeated under new ids, `count` in all.
    static func largeBoard(_ count: Int) -> AppState {
        var data = TestBoard.data
        let templates = Array(data.cases)
        data.cases = CaseTable((0..<count).map { number in
            var record = templates[number % templates.count]
            record.id = "MX-2026-" + String(100_000 + number).dropFirst()
            return record
        })
        var board = AppState(data: data, size: ScreenSize(width: 120, height: 40), language: .en, today: TestBoard.today)
        _ = update(&board, .searchIndexBuilt(.init(indexing: board.data.cases, generation: board.dataGeneration)))
        return board
    }

    @Test("a save with the search index holding the board's cases copies one chunk's references at most, at any size",
          arguments: [1_500, 6_000])
    func saveCopiesOneChunk(count: Int) {
        var board = Self.largeBoard(count)
        for position in [count / 2, count / 2 + 1, 3] {
            var saved = board.data.cases[position]
            saved.notes.append(Note(at: TestBoard.at("2026-11-29T10:00:00Z"), author: "me", text: "Llamada con la Fiscalía"))
            saved.version += 1
            let copiedBefore = board.data.cases.referencesCopied
            _ = update(&board, .noteAppended(saved))
            #expect(board.data.cases[position] == saved)
            // A plain array shared with the index would copy all `count` cases here.
            #expect(board.data.cases.referencesCopied - copiedBefore <= CaseTable.chunkSize)
        }
        // Three saves, two of them in one chunk: that chunk was copied once.
        #expect(board.data.cases.referencesCopied <= 2 * CaseTable.chunkSize)
    }
}
