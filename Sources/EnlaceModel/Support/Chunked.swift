import Dispatch
import Foundation
import Synchronization

/// Work over many items on every core, in contiguous chunks whose results come back in order:
/// decoding 100,000 case files, encoding as many import lines or audit entries.
public enum Chunked {
    /// Splits `0..<count` into a few contiguous ranges per core, runs `body` on each at once,
    /// and returns the results in range order.
    public static func map<Result: Sendable>(
        _ count: Int, _ body: @Sendable (Range<Int>) -> Result
    ) -> [Result] {
        guard count > 0 else { return [] }
        let chunkCount = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunkSize = (count + chunkCount - 1) / chunkCount
        let results = Mutex([Result?](repeating: nil, count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let result = body(min(count, chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize))
            results.withLock { $0[chunk] = result }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// Runs two different jobs at once and returns both results: reading a file while a
    /// directory is scanned. `first` runs on this thread and `second` on a thread of its own,
    /// outside any `concurrentPerform`: libdispatch runs a `concurrentPerform` nested in
    /// another on one thread, and `first`'s own `map` and `array` get every core this way.
    public static func both<First, Second: Sendable>(
        _ first: () -> First, _ second: @escaping @Sendable () -> Second
    ) -> (First, Second) {
        let secondResult = Mutex<Second?>(nil)
        let secondDone = DispatchSemaphore(value: 0)
        // A thread, not a queue: a queue's workers may all be waiting in callers like this one.
        Thread {
            let value = second()
            secondResult.withLock { $0 = value }
            secondDone.signal()
        }.start()
        let firstResult = first()
        secondDone.wait()
        return (firstResult, secondResult.withLock { $0! })
    }
}
