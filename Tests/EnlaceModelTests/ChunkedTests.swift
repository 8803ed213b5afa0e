import EnlaceModel
import Testing

@Suite("Work in chunks on every core")
struct ChunkedTests {
    @Test("the chunks cover every item once, in order, whatever the count", arguments: [0, 1, 3, 7, 9, 1_000, 100_003])
    func coversInOrder(count: Int) {
        let ranges = Chunked.map(count) { $0 }
        #expect(ranges.flatMap { Array($0) } == Array(0..<count))
    }
}
