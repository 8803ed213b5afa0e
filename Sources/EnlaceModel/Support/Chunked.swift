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

    /// Runs two different jobs at once (one on this thread, when no other is free) and returns
    /// both results: reading a file while a directory is scanned.
    public static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let results = Mutex<(First?, Second?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 {
                let value = first()
                results.withLock { $0.0 = value }
            } else {
                let value = second()
                results.withLock { $0.1 = value }
            }
        }
        return results.withLock { ($0.0!, $0.1!) }
    }

    /// `count` elements made by `element` on every core, written straight into the new array.
    public static func array<Element: Sendable>(_ count: Int, _ element: @Sendable (Int) -> Element) -> [Element] {
        guard count > 0 else { return [] }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initializes its own disjoint range of the buffer, and only those.
            let target = UncheckedBuffer(buffer: buffer)
            _ = map(count) { range in
                for index in range { (target.buffer.baseAddress! + index).initialize(to: element(index)) }
            }
            initialized = count
        }
    }
}

/// A buffer handed to the chunks of `Chunked.array`, which write disjoint ranges of it.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
