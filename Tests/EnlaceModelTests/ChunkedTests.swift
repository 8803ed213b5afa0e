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
    /// where the board makes its first screen's state, would lose every core but one.
    @Test("the first of two jobs gets more than one thread for its own chunks",
          .enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func firstJobIsNotNested() {
        let (threads, _) = Chunked.both({ () -> Set<pthread_t> in
            let perChunk = Chunked.map(8) { _ -> pthread_t in
                usleep(20_000)
                return pthread_self()
            }
            return Set(perChunk)
        }, { usleep(50_000) })
        #expect(threads.count > 1)
    }
}
