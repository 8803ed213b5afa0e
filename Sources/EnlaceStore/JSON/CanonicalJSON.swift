import Foundation

/// The one JSON form of a data directory: pretty-printed, sorted keys, UTF-8, slashes as they
/// are, a final newline. Files in this form diff and merge cleanly under git.
enum CanonicalJSON {
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// One line, for `audit.jsonl`: sorted keys, no newline inside, a final newline.
    static func encodeLine<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
