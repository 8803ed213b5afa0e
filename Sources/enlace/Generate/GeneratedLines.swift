import EnlaceModel
import Foundation

/// Generated cases as JSON Lines: one case object a line, keys sorted, as `enlace import` and
/// `jq` read them.
enum GeneratedLines {
    static func write(_ cases: [Case], to path: String) throws {
        let chunks = Chunked.map(cases.count) { range in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var data = Data()
            for record in cases[range] {
                // Encoding a value type of known shape cannot fail; a line is skipped rather than the run stopped.
                guard let line = try? encoder.encode(record) else { continue }
                data.append(line)
                data.append(UInt8(ascii: "\n"))
            }
            return data
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw POSIXError(.EACCES) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        for data in chunks { try handle.write(contentsOf: data) }
    }
}
