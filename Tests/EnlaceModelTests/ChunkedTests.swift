import EnlaceModel
import Testing

@Suite("Work in chunks on every core")
struct ChunkedTests {
    @Test("the chunks cover every item once, in order, whatever the count", arguments: [0, 1, 3, 7, 9, 1_000, 100_003])
    func coversInOrder(count: Int) {
        let ranges = Chunked.map(count) { $0 }
        #expect(ranges.flatMap { Array($0) } == Array(0..<count))
    }

    @Test("an array made on every core has each element at its index", arguments: [0, 1, 7, 1_000, 100_003])
    func arrayInPlace(count: Int) {
        let strings = Chunked.array(count) { "case \($0)" }
        #expect(strings == (0..<count).map { "case \($0)" })
    }

    @Test("two jobs at once both give their results")
    func bothJobs() {
        let (sum, text) = Chunked.both({ (1...1_000).reduce(0, +) }, { String(repeating: "a", count: 3) })
        #expect(sum == 500_500)
        #expect(text == "aaa")
    }
}
