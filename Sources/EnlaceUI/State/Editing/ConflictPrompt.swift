import EnlaceModel

/// Someone saved the case while this officer edited it, and both changed the same fields:
/// each field shows both values side by side until the officer picks one; what they pick is
/// what lands. Fields only one side changed are already merged in `merged`.
public struct ConflictPrompt: Sendable, Equatable {
    public enum Side: Sendable, Equatable { case mine, theirs }

    /// The save that met the conflict (its `record` is mine).
    public var save: CaseSave
    public var theirs: Case
    /// Theirs with every non-overlapping change of mine merged in.
    public var merged: Case
    public var fields: [CaseField]
    public internal(set) var picks: [CaseField: Side] = [:]
    public internal(set) var focus = 0

    public init(save: CaseSave, theirs: Case, merge: FieldMerge.Result) {
        self.save = save
        self.theirs = theirs
        self.merged = merge.merged
        self.fields = merge.conflicts
    }

    public var mine: Case { save.record }
    public var isResolved: Bool { fields.allSatisfy { picks[$0] != nil } }

    /// The case that lands: the merge with each conflicting field as picked.
    public var resolved: Case {
        var record = merged
        for field in fields where picks[field] == .mine { field.copy(from: mine, into: &record) }
        return record
    }

    mutating func pick(_ side: Side) {
        guard fields.indices.contains(focus) else { return }
        picks[fields[focus]] = side
        if focus + 1 < fields.count { focus += 1 }
    }

    mutating func moveFocus(by offset: Int) {
        guard !fields.isEmpty else { return }
        focus = max(0, min(fields.count - 1, focus + offset))
    }
}

/// What the officer is in the middle of, if anything: a form, or a conflict to settle.
public enum EditSession: Sendable, Equatable {
    case form(EditForm)
    case conflict(ConflictPrompt)
    /// The audit trail of a case (`h`), newest first.
    case history(caseID: String, lines: [HistoryLine], scroll: Int)

    var inputMode: InputMode {
        switch self {
        case .form(let form): form.isConfirmingDiscard ? .confirm : .form
        case .conflict: .conflict
        case .history: .history
        }
    }
}

/// One change of a case's history as the audit log has it.
public struct HistoryLine: Sendable, Equatable {
    public var at: Timestamp
    public var user: String
    public var version: Int
    /// `created`, `note added`, or the changed fields.
    public var change: String

    public init(at: Timestamp, user: String, version: Int, change: String) {
        self.at = at
        self.user = user
        self.version = version
        self.change = change
    }
}
