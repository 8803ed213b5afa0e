import EnlaceModel
import Foundation
import Testing

@Suite("Work in chunks on every core")
struct ChunkedTests {
    @Test("the chunks cover every item once, in order, whatever the count", arguments: [0, 1, 3, 7, 9, 1_000, 100_003])
    func coversInOrder(count: Int) {
        let ranges = Chunked.map(count) { $0 }
        #expect(ranges.flatMap { Array($0) } == Array(0..<count))
    }

    @Test("two jobs at once both give their results")
    func bothJobs() {
        let (sum, text) = Chunked.both({ (1...1_000).reduce(0, +) }, { String(repeating: "a", count: 3) })
        #expect(sum == 500_500)
        #expect(text == "aaa")
    }

    /// libdispatch runs a `concurrentPerform` inside another on one thread: the first job,
    /// where the board makes its first screen's state, would lose every core but one. Two
    /// chunks meet each other: that only happens when they run at once, however busy the pool
    /// (on one thread, the first waits out its timeout alone).
    @Test("the first of two jobs runs its own chunks at once",
          .enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func firstJobIsNotNested() {
        let arrived = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        let (met, _) = Chunked.both({ () -> [Bool] in
            Chunked.map(2) { range -> Bool in
                let chunk = range.lowerBound
                arrived[chunk].signal()
                return arrived[1 - chunk].wait(timeout: .now() + 30) == .success
            }
        }, { usleep(50_000) })
        #expect(met == [true, true])
    }
}
