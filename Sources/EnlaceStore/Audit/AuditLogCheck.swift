/// What `Store.checkAuditLog()` found in `audit.jsonl`.
public struct AuditLogCheck: Sendable, Equatable {
    /// Lines cut short by an interrupted append: harmless, kept as they are.
    public var warnings: [StoreWarning]
    /// Lines that are not audit entries and were not cut short: damage, reported and left as it is.
    public var problems: [DataProblem]
    /// The entries that read well.
    public var entryCount: Int
    /// Their versions, by record.
    var trail = AuditTrail()

    public init(warnings: [StoreWarning] = [], problems: [DataProblem] = [], entryCount: Int = 0) {
        self.warnings = warnings
        self.problems = problems
        self.entryCount = entryCount
    }
}
