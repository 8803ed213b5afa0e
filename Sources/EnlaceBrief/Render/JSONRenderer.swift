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
        return SafeText.escapingInJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
