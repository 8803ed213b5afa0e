import EnlaceModel

/// The board as the wall display may see it: active cases only, redacted above the ceiling,
/// non-releasable ones left out under `--releasable`. Made from `BoardData` in one place so the
/// redaction is tested once and the view never holds a restricted text.
public struct KioskData: Sendable, Equatable {
    /// Active (not closed) cases: those shown by priority (critical first), then due day
    /// (earliest first, none last), then id; the restricted ones after them, by id.
    public var cases: [KioskCase]
    /// Notes of shown cases, newest first, at most `noteLimit`.
    public var notes: [KioskNote]
    /// The latest `updatedAt` of any case the display shows: when its data last changed.
    public var lastChange: Timestamp?
    /// When each three-day report still owed is due, for the log entries the display may
    /// count (under the ceiling, releasable under `--releasable`); a count, never their texts.
    public var owedReportsDue: [Day]

    static let noteLimit = 20

    public static let empty = KioskData(cases: [], notes: [], lastChange: nil)

    public init(cases: [KioskCase], notes: [KioskNote], lastChange: Timestamp?, owedReportsDue: [Day] = []) {
        self.cases = cases
        self.notes = notes
        self.lastChange = lastChange
        self.owedReportsDue = owedReportsDue
    }

    /// How many owed three-day reports are past their due day on `today`.
    public func overdueReports(on today: Day) -> Int {
        owedReportsDue.count { today > $0 }
    }

    /// `data` under `policy`.
    public init(_ data: BoardData, policy: KioskPolicy) {
        var cases: [KioskCase] = []
        var notes: [KioskNote] = []
        var lastChange: Timestamp?
        for record in data.cases where record.status != .closed {
            if policy.releasableOnly && !record.releasableToMexico { continue }
            guard record.marking <= policy.ceiling else {
                cases.append(KioskCase(id: record.id, shown: nil))
                continue
            }
            cases.append(KioskCase(id: record.id, shown: KioskCase.Shown(
                status: record.status, priority: record.priority, due: record.due, leadAgency: record.leadAgency,
                title: record.title, titleEs: record.titleEs, marking: record.marking)))
            for note in record.notes where !policy.releasableOnly || note.releasableToMexico {
                notes.append(KioskNote(caseID: record.id, at: note.at, author: note.author, text: note.text))
            }
            lastChange = max(lastChange ?? record.updatedAt, record.updatedAt)
        }
        cases.sort(by: KioskData.listedBefore)
        notes.sort { a, b in a.at != b.at ? a.at > b.at : a.caseID < b.caseID }
        let owed = data.log.compactMap { entry -> Day? in
            guard entry.marking <= policy.ceiling, !policy.releasableOnly || entry.releasableToMexico,
                  entry.report == nil else { return nil }
            return entry.reportDue
        }
        self.init(cases: cases, notes: Array(notes.prefix(KioskData.noteLimit)), lastChange: lastChange, owedReportsDue: owed.sorted())
    }

    /// The wall's order: shown cases by priority, due day (none last) and id; restricted ones
    /// after them by id, since their priority and due day are not the wall's to know.
    static func listedBefore(_ a: KioskCase, _ b: KioskCase) -> Bool {
        guard let x = a.shown, let y = b.shown else {
            return a.isRestricted == b.isRestricted ? a.id < b.id : !a.isRestricted
        }
        if x.priority != y.priority { return x.priority > y.priority }
        switch (x.due, y.due) {
        case (let p?, let q?) where p != q: return p < q
        case (.some, .none): return true
        case (.none, .some): return false
        default: return a.id < b.id
        }
    }

    /// How many shown cases have each status, in the vocabulary's order, zeros left out.
    public var statusCounts: [(Status, Int)] {
        Status.allCases.compactMap { status in
            let count = cases.count { $0.shown?.status == status }
            return count > 0 ? (status, count) : nil
        }
    }

    /// How many shown cases each agency leads, most first, then by code.
    public var leadCounts: [(String, Int)] {
        var counts: [String: Int] = [:]
        for record in cases { if let lead = record.shown?.leadAgency { counts[lead, default: 0] += 1 } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
