import EnlaceModel
import EnlaceText

/// A field the conflict screen can settle: it copies between two versions of its record and
/// says its label and its value on one line. `CaseField` and `ContactField` are such fields.
protocol ConflictField: Hashable, Sendable {
    associatedtype Record: Sendable, Equatable
    func copy(from source: Record, into target: inout Record)
    var label: UIPhrase { get }
    func text(_ record: Record, _ language: Language) -> String
}

extension CaseField: ConflictField {}
extension ContactField: ConflictField {}

/// The two versions of one record and the fields both changed differently; `merged` is theirs
/// with every change of mine that did not overlap.
struct FieldConflict<Field: ConflictField>: Sendable, Equatable {
    var mine: Field.Record
    var theirs: Field.Record
    var merged: Field.Record
    var fields: [Field]

    /// The record that lands: the merge with each conflicting field as picked.
    func resolved(_ picks: [Int: ConflictPrompt.Side]) -> Field.Record {
        var record = merged
        for (index, field) in fields.enumerated() where picks[index] == .mine { field.copy(from: mine, into: &record) }
        return record
    }

    /// What "edit a merged value" starts from: the values picked so far, mine where nothing is
    /// picked yet.
    func candidate(_ picks: [Int: ConflictPrompt.Side]) -> Field.Record {
        var record = merged
        for (index, field) in fields.enumerated() where picks[index] != .theirs { field.copy(from: mine, into: &record) }
        return record
    }

    func rows(_ language: Language) -> [ConflictRow] {
        fields.map { ConflictRow(label: $0.label(language), mine: $0.text(mine, language), theirs: $0.text(theirs, language)) }
    }
}
