import EnlaceModel
import Testing

/// `CaseTable` answers as an array of the same cases would, whatever was done to it, and a
/// change to a shared table copies one chunk's references, never the other table's cases.
@Suite("The board's table of cases")
struct CaseTableTests {
    static func cases(_ count: Int, from start: Int = 0) -> [Case] {
        (start..<start + count).map { number in
            TestData.makeCase("MX-2026-" + String(100_000 + number).dropFirst(), title: "Case \(number)")
        }
    }

    @Test("sets, appends, inserts and removes give what an array gives", arguments: [0, 1, 511, 512, 513, 1_300])
    func sameAsArray(count: Int) {
        var array = Self.cases(count)
        var table = CaseTable(array)
        var random = SystemRandomNumberGenerator()
        let extra = Self.cases(40, from: 10_000)
        for step in 0..<40 {
            switch (step % 4, array.isEmpty) {
            case (0, false):
                let position = Int.random(in: array.indices, using: &random)
                array[position] = extra[step]
                table[position] = extra[step]
            case (1, _):
                array.append(extra[step])
                table.append(extra[step])
            case (2, _):
                let position = Int.random(in: 0...array.count, using: &random)
                array.insert(extra[step], at: position)
                table.insert(extra[step], at: position)
            case (3, false):
                let position = Int.random(in: array.indices, using: &random)
                array.remove(at: position)
                table.remove(at: position)
            default:
                break
            }
            #expect(table.count == array.count)
            #expect(table.elementsEqual(array))
        }
        #expect(table == CaseTable(array))
    }

    @Test("a change to a shared table leaves the other as it was and copies one chunk's references")
    func sharedChange() {
        let original = CaseTable(Self.cases(2_000))
        var changed = original
        var record = changed[1_234]
        record.title = "changed"
        changed[1_234] = record
        #expect(changed.referencesCopied == CaseTable.chunkSize)
        #expect(original[1_234].title == "Case 1234")
        #expect(changed[1_234].title == "changed")
        #expect(changed != original)
        // The unchanged cases are still the very same ones.
        #expect(changed.holdsSameCase(at: 5, as: original, at: 5))
        #expect(!changed.holdsSameCase(at: 1_234, as: original, at: 1_234))
        // A second change in the same chunk finds it already owned.
        changed[1_235] = record
        #expect(changed.referencesCopied == CaseTable.chunkSize)
        // An unshared table changes in place.
        var alone = CaseTable(Self.cases(600))
        alone[2] = record
        alone.append(record)
        #expect(alone.referencesCopied == 0)
        // A change of length lays every reference out again, and says so.
        alone.remove(at: 0)
        #expect(alone.referencesCopied == 600)
    }

    @Test("equal tables compare equal whether they share their cases or not")
    func equality() {
        let cases = Self.cases(700)
        #expect(CaseTable(cases) == CaseTable(cases))
        var other = CaseTable(cases)
        var record = other[650]
        record.version += 1
        other[650] = record
        #expect(other != CaseTable(cases))
        #expect(CaseTable() == [])
    }
}
