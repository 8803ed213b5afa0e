import EnlaceModel
import Foundation

/// Generated cases as JSON Lines: one case object a line, keys sorted, as `enlace import` and
/// `jq` read them.
enum GeneratedLines {
    static func write(_ cases: [Case], to path: String) throws {
        let chunkCount = max(1, min(cases.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunkSize = (cases.count + chunkCount - 1) / chunkCount
        let chunks = EncodedChunks(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var data = Data()
            for record in cases[min(cases.count, chunk * chunkSize)..<min(cases.count, (chunk + 1) * chunkSize)] {
                // Encoding a value type of known shape cannot fail; a line is skipped rather than the run stopped.
                guard let line = try? encoder.encode(record) else { continue }
                data.append(line)
                data.append(UInt8(ascii: "\n"))
            }
            chunks.set(chunk, data)
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw POSIXError(.EACCES) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        for data in chunks.values() { try handle.write(contentsOf: data) }
    }
}

/// Where the parallel encoding chunks leave their lines.
private final class EncodedChunks: @unchecked Sendable {
    private var chunks: [Data]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: Data(), count: count) }

    func set(_ chunk: Int, _ data: Data) {
        lock.lock()
        chunks[chunk] = data
        lock.unlock()
    }

    func values() -> [Data] {
        lock.lock()
        defer { lock.unlock() }
        return chunks
    }
}
