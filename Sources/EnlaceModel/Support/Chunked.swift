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
}
