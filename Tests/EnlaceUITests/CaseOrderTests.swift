import EnlaceModel
import Testing
@testable import EnlaceUI

@Suite("The cases list's orders on packed integer keys")
struct CaseOrderTests {
    /// The orders as CaseSort documents them, compared field by field: what the packed keys
    /// must reproduce.
    private func reference(_ cases: [Case], _ sort: CaseSort) -> [Int] {
        func urgency(_ record: Case) -> Int { Priority.allCases.count - 1 - Priority.allCases.firstIndex(of: record.priority)! }
        func closed(_ record: Case) -> Int { record.status == .closed ? 1 : 0 }
        func due(_ record: Case) -> Int { record.due?.daysSinceEpoch ?? Int.max }
        return cases.indices.sorted { leftIndex, rightIndex in
            let left = cases[leftIndex], right = cases[rightIndex]
            switch sort {
            case .due: return (closed(left), due(left), urgency(left), left.id) < (closed(right), due(right), urgency(right), right.id)
            case .priority: return (closed(left), urgency(left), due(left), left.id) < (closed(right), urgency(right), due(right), right.id)
            case .updated: return left.updatedAt != right.updatedAt ? left.updatedAt > right.updatedAt : left.id < right.id
            case .id: return left.id < right.id
            }
        }
    }

    /// Cases with many ties (few due days, four priorities), in the order given.
    private func cases(_ numbers: [Int], seed: UInt64) -> [Case] {
        var random = seed
        func next(_ bound: Int) -> Int {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            return Int((random >> 33) % UInt64(bound))
        }
        return numbers.map { number in
            TestBoard.makeCase(
                number, "Case \(number)", status: Status.allCases[next(Status.allCases.count)],
                priority: Priority.allCases[next(Priority.allCases.count)], lead: "DEA",
                due: next(4) == 0 ? nil : "2026-12-0\(1 + next(5))",
                updated: "2026-11-2\(next(3))T1\(next(2)):00:00Z")
        }
    }

    @Test("every sort gives the documented order, for cases in id order and shuffled", arguments: CaseSort.allCases)
    func matchesReference(sort: CaseSort) {
        let inOrder = cases(Array(1...300), seed: 7)
        #expect(CaseOrder.sorted(CaseTable(inOrder), by: sort) == reference(inOrder, sort))
        let shuffled = cases(Array(1...300).shuffled(), seed: 11)
        #expect(CaseOrder.sorted(CaseTable(shuffled), by: sort) == reference(shuffled, sort))
    }

    @Test("due days before 1970 and far ahead keep their order")
    func extremeDays() {
        var early = TestBoard.makeCase(1, "Early", lead: "DEA")
        early.due = Day(year: 1901, month: 1, day: 1)
        var late = TestBoard.makeCase(2, "Late", lead: "DEA")
        late.due = Day(year: 2999, month: 12, day: 31)
        let none = TestBoard.makeCase(3, "None", lead: "DEA")
        #expect(CaseOrder.sorted([none, late, early], by: .due) == [2, 1, 0])
    }
}
