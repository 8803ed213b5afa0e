import EnlaceText
import Foundation

/// `--json` output: one JSON document, with the record field names of DESIGN.md, that a
/// script can rely on. Control, C1, bidi and zero-width characters in data are written
/// `\uXXXX`, so a terminal showing the output cannot act on them.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return SafeText.escapingInJSON(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }
}
