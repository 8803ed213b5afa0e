import EnlaceModel
import EnlaceText

/// Someone saved the record (a case or a contact) while this officer edited it, and both
/// changed the same fields: each field shows both values side by side until the officer picks
/// one; what they pick is what lands. Fields only one side changed are already merged.
public struct ConflictPrompt: Sendable, Equatable {
    public enum Side: Sendable, Equatable { case mine, theirs }

    /// The record in conflict, with the save that met it (its `record` is mine).
    enum Subject: Sendable, Equatable {
        case `case`(CaseSave, FieldConflict<CaseField>)
        case contact(ContactSave, FieldConflict<ContactField>)
    }

    var subject: Subject
    /// The side picked for each row, by its index in the rows.
    public internal(set) var picks: [Int: Side] = [:]
    public internal(set) var focus = 0

    public init(save: CaseSave, theirs: Case, merge: FieldMerge.Result) {
        subject = .case(save, FieldConflict(mine: save.record, theirs: theirs, merged: merge.merged, fields: merge.conflicts))
    }

    public init(save: ContactSave, theirs: Contact, merged: Contact, conflicts: [ContactField]) {
        subject = .contact(save, FieldConflict(mine: save.record, theirs: theirs, merged: merged, fields: conflicts))
    }

    /// The id of the record in conflict.
    public var recordID: String {
        switch subject {
        case .case(let save, _): save.record.id
        case .contact(let save, _): save.record.id
        }
    }

    /// Who saved their version: cases say it; contacts do not record it (nil).
    public var theirUser: String? {
        if case .case(_, let conflict) = subject { return conflict.theirs.updatedBy }
        return nil
    }

    var rowCount: Int {
        switch subject {
        case .case(_, let conflict): conflict.fields.count
        case .contact(_, let conflict): conflict.fields.count
        }
    }

    /// Each conflicting field: its label, my value and theirs, on one line each.
    func rows(_ language: Language) -> [ConflictRow] {
        switch subject {
        case .case(_, let conflict): conflict.rows(language)
        case .contact(_, let conflict): conflict.rows(language)
        }
    }

    /// The save of the values picked, over their version.
    var resolvedSave: Effect {
        switch subject {
        case .case(_, let conflict):
            .saveCase(CaseSave(record: conflict.resolved(picks), base: .answered(conflict.theirs)))
        case .contact(let save, let conflict):
            .saveContact(ContactSave(record: conflict.resolved(picks), base: conflict.theirs, reachedNow: save.reachedNow))
        }
    }

    public var isResolved: Bool { (0..<rowCount).allSatisfy { picks[$0] != nil } }

    mutating func pick(_ side: Side) {
        guard (0..<rowCount).contains(focus) else { return }
        picks[focus] = side
        if focus + 1 < rowCount { focus += 1 }
    }

    mutating func moveFocus(by offset: Int) {
        guard rowCount > 0 else { return }
        focus = max(0, min(rowCount - 1, focus + offset))
    }
}

/// One row of the conflict screen.
struct ConflictRow: Equatable {
    var label: String
    var mine: String
    var theirs: String
}
