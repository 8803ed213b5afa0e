import Foundation

/// `--json` output: one JSON document, with the record field names of DESIGN.md, that a
/// script can rely on. Control characters in data are escaped by JSON itself.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
