import EnlaceModel
import EnlaceText
import Foundation

/// The brief as JSON: the case records with the field names of DESIGN.md, as they are (in a
/// releasable brief without the notes not releasable to Mexico), in a small envelope.
///
/// ```
/// {"cases": [...], "generatedAt": "...", "generatedBy": "...", "language": "es",
///  "marking": "TLP:AMBER", "releasable": true}
/// ```
/// Labels are not translated here: statuses, priorities and markings keep their raw values.
enum JSONRenderer {
    struct Envelope: Encodable {
        var generatedAt: Timestamp
        var generatedBy: String
        var language: Language
        var releasable: Bool
        var marking: Marking
        var cases: [Case]
    }

    static func render(_ document: BriefDocument) throws(BriefError) -> String {
        let envelope = Envelope(
            generatedAt: document.generatedAt, generatedBy: document.generatedBy, language: document.language,
            releasable: document.releasable, marking: document.marking, cases: document.records)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(envelope)
        } catch {
            throw .encodingFailed(reason: String(describing: error))
        }
        return escapingTerminalControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// The encoder writes DEL, C1 controls and bidi or zero-width characters as they are; inside
    /// a JSON string `\uXXXX` means the same, and a terminal that shows the file cannot act on it.
    /// (Structural JSON is ASCII, so these only ever occur inside strings.)
    static func escapingTerminalControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: SafeText.isUnsafe) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard SafeText.isUnsafe(scalar), scalar != "\n" else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
        }
        return String(out)
    }
}
