import EnlaceModel
import Testing
@testable import EnlaceUI

/// `BoardIndex` finds an agency's open cases once for each combination of a lead and a list of
/// agencies, known by the list's buffer: the result must be what reading every case gives.
@Suite("The board's lookups")
struct BoardIndexTests {
    /// Every open case under the current code of each of its agencies, each once.
    private func openCasesCaseByCase(_ data: BoardData) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (index, record) in data.cases.enumerated() where record.status != .closed {
            var codes: [String] = []
            for code in [record.leadAgency] + record.agencies {
                let current = data.registry.currentCode(for: code) ?? code.uppercased()
                if !codes.contains(current) { codes.append(current) }
            }
            for code in codes { result[code, default: []].append(index) }
        }
        return result
    }

    /// A list made at run time, in a buffer of its own, as a decoder makes it.
    private func fresh(_ list: [String]) -> [String] {
        list.map { String(decoding: Array($0.utf8), as: UTF8.self) }
    }

    @Test("an agency's open cases are those of reading every case: shared and unshared lists, old and lowercase codes, repeats, closed cases")
    func openCasesByAgency() {
        let shared = ["SEMAR", "FGR"]
        let cases = [
            TestBoard.makeCase(1, "a", lead: "DEA", agencies: shared),
            TestBoard.makeCase(2, "b", lead: "FBI", agencies: shared),
            TestBoard.makeCase(3, "c", lead: "DEA", agencies: fresh(shared)),
            TestBoard.makeCase(4, "d", status: .closed, lead: "DEA", agencies: shared),
            TestBoard.makeCase(5, "e", lead: "DEA", agencies: ["PGR", "FGR", "DEA"]),
            TestBoard.makeCase(6, "f", lead: "hsi", agencies: []),
            TestBoard.makeCase(7, "g", lead: "HSI"),
            TestBoard.makeCase(8, "h", lead: "XYZ", agencies: fresh(["pgr"])),
            TestBoard.makeCase(9, "i", lead: "DEA", agencies: shared),
        ]
        let data = BoardData(board: TestBoard.data.board, registry: TestBoard.data.registry, contacts: [], cases: cases)
        let index = BoardIndex(data)
        #expect(index.openCasesByAgency == openCasesCaseByCase(data))
        #expect(index.openCasesByAgency["FGR"] == [0, 1, 2, 4, 7, 8])
        #expect(index.openCasesByAgency["HSI"] == [5, 6])
        #expect(index.openCasesByAgency["DEA"] == [0, 2, 4, 8])
    }

    @Test("the test board's lookups are those of reading every case")
    func testBoard() {
        #expect(BoardIndex(TestBoard.data).openCasesByAgency == openCasesCaseByCase(TestBoard.data))
    }

    @Test("contacts are in the order a reader expects: accents and case aside, Mérida before Monterrey, Óscar before Thomas")
    func contactsInReadingOrder() {
        let names = ["Thomas Reed", "Óscar Ruiz", "Monterrey Desk", "Mérida Desk", "ana López", "Zoe Hart"]
        let contacts = names.enumerated().map { Contact(id: "C-\($0.offset)", name: $0.element, agency: "FGR") }
        let data = BoardData(board: TestBoard.data.board, registry: TestBoard.data.registry, contacts: contacts, cases: [])
        let ordered = BoardIndex(data).contactOrder.map { contacts[$0].name }
        #expect(ordered == ["ana López", "Mérida Desk", "Monterrey Desk", "Óscar Ruiz", "Thomas Reed", "Zoe Hart"])
    }
}
