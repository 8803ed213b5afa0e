/// The versions the audit log records for each record, in the order of the log: what `check`
/// holds the case and contact files against.
struct AuditTrail: Sendable, Equatable {
    struct Key: Hashable, Sendable {
        var entity: String
        var id: String
    }

    struct Step: Sendable, Equatable {
        var version: Int
        var line: Int
        var deleted: Bool
    }

    private(set) var steps: [Key: [Step]] = [:]

    mutating func record(_ entry: AuditEntry, line: Int) {
        let change = entry.change
        let deleted = if case .deleted = change { true } else { false }
        steps[Key(entity: entry.entity, id: entry.id), default: []].append(Step(version: entry.version, line: line, deleted: deleted))
    }
}

/// Where the audit log and the records disagree, found by `check`.
public struct AuditFinding: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Only the record's newest version has no line: what a crash between a save's rename
        /// and its audit append leaves. Nothing is lost; a warning.
        case lastVersionUnlogged(version: Int)
        /// Versions `from` through `through` have no line (a deleted line, a version set by hand).
        case versionsUnlogged(from: Int, through: Int)
        /// A version has more than one line.
        case duplicated(version: Int, lines: [Int])
        /// The log goes further than the record: the file is older than its history says.
        case beyondRecord(logged: Int, record: Int)
        /// The log has the record, not deleted, but there is no such record.
        case recordMissing(logged: Int)
        /// The log says the record was deleted, but it is there.
        case deletedButPresent(version: Int)
    }

    public var entity: String
    public var id: String
    public var kind: Kind

    /// Whether a crash at a known point explains it: reported as a warning, not damage.
    public var isCrashWindow: Bool {
        if case .lastVersionUnlogged = kind { return true }
        return false
    }
}

extension AuditTrail {
    /// A record as `check` holds it against the log.
    struct Record {
        var version: Int
    }

    /// The findings for `records` (by entity and id). Records whose file could not be read are
    /// in `unreadable` and are not judged. A record with no line at all predates the log (a
    /// seeded board, a log started later) and is not judged either.
    func findings(records: [Key: Record], unreadable: Set<Key>) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        func add(_ key: Key, _ kind: AuditFinding.Kind) { findings.append(AuditFinding(entity: key.entity, id: key.id, kind: kind)) }
        for (key, steps) in steps where !unreadable.contains(key) {
            var lines: [Int: [Int]] = [:]
            for step in steps { lines[step.version, default: []].append(step.line) }
            for (version, at) in lines where at.count > 1 { add(key, .duplicated(version: version, lines: at)) }
            let logged = lines.keys.sorted()
            guard let first = logged.first, let last = logged.last else { continue }
            var expected = first
            for version in logged {
                if version > expected { add(key, .versionsUnlogged(from: expected, through: version - 1)) }
                expected = version + 1
            }
            let deletedAt = steps.last(where: \.deleted)?.version
            switch (records[key]?.version, deletedAt) {
            case (nil, nil): add(key, .recordMissing(logged: last))
            case (nil, .some): break
            case (let record?, let deleted?) where deleted > record: add(key, .deletedButPresent(version: deleted))
            case (let record?, _):
                if record == last + 1 { add(key, .lastVersionUnlogged(version: record)) }
                else if record > last + 1 { add(key, .versionsUnlogged(from: last + 1, through: record)) }
                // A log ahead of the file is not judged: `check` reads the files before the log,
                // and saves made in between put the log ahead.
            }
        }
        return findings.sorted { ($0.entity, $0.id) < ($1.entity, $1.id) }
    }
}
