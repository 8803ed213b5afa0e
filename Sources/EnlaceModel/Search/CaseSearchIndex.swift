/// The cases of a board prepared for filtering on every keystroke, at 100,000 cases.
///
/// Built once from `[Case]` (off the keyboard's thread: it folds every case's text once), it
/// keeps the folded searchable text of all cases in one contiguous byte buffer, a trigram
/// signature per case (`TrigramSignatures`) that rules out most cases before a free word is
/// searched for, and the small fields the structured terms need as flat arrays, with agencies,
/// tags, regions and posts interned so that a term is decided once per distinct value, not
/// once per case. `filter` gives the same answers as `Query.matches`, which folds each record
/// and searches it with `memmem`; the index uses a `memchr` search on each case's bytes.
///
/// Memory: the folded text (about the size of the case's texts) plus 512 bytes of signature
/// and about 40 bytes of fields a case.
///
/// An edited or added case is appended (`replace(at:with:)`, `append(_:)`); the text it
/// replaces stays in the buffer as dead bytes until the index is rebuilt, which
/// `deadByteFraction` helps a caller decide.
public struct CaseSearchIndex: Sendable {
    private var text: [UInt8] = []
    /// Where each segment of `text` starts, plus the end: one more entry than segments.
    private var segmentStarts: [Int] = [0]
    private var deadBytes = 0
    private var signatures = TrigramSignatures()

    private var caseSegment: [Int32] = []
    private var statuses: [Status] = []
    private var priorities: [Priority] = []
    private var markings: [Marking] = []
    /// Days since 1970-01-01; `noDay` when a case has no due day.
    private var dueDays: [Int32] = []
    private var openedDays: [Int32] = []
    private var leadCode: [UInt32] = []
    private var agencySet: [UInt32] = []
    private var tagSet: [UInt32] = []
    private var regionID: [UInt32] = []
    private var postID: [UInt32] = []

    private var codes = Interner<String>()
    private var agencySets = Interner<[UInt32]>()
    private var tags = Interner<[UInt8]>()
    private var tagSets = Interner<[UInt32]>()
    private var regions = Interner<[UInt8]>()
    private var posts = Interner<[UInt8]>()

    private static let noDay = Int32.min

    /// Indexes `cases`; the results of `filter` are positions in this array.
    public init(_ cases: [Case]) {
        reserve(cases.count)
        for record in cases { append(record) }
    }

    /// How many cases the index holds.
    public var count: Int { caseSegment.count }

    /// The share of the text buffer left behind by replacements; rebuild when it grows large.
    public var deadByteFraction: Double { text.isEmpty ? 0 : Double(deadBytes) / Double(text.count) }

    /// Adds `record` as the last case.
    public mutating func append(_ record: Case) {
        caseSegment.append(appendSegment(record, owner: count))
        statuses.append(record.status)
        priorities.append(record.priority)
        markings.append(record.marking)
        dueDays.append(record.due.map { Int32($0.daysSinceEpoch) } ?? Self.noDay)
        openedDays.append(Int32(record.opened.daysSinceEpoch))
        leadCode.append(codes.id(record.leadAgency.uppercased()))
        agencySet.append(agencySets.id(record.allAgencies.map { codes.id($0.uppercased()) }))
        tagSet.append(tagSets.id(record.tags.map { tags.id(TextFolding.foldedBytes($0)) }))
        regionID.append(regions.id(TextFolding.foldedBytes(record.region)))
        postID.append(posts.id(TextFolding.foldedBytes(record.post)))
    }

    /// Puts `record` in place of the case at `index` (after an edit).
    public mutating func replace(at index: Int, with record: Case) {
        guard caseSegment.indices.contains(index) else { return }
        let old = Int(caseSegment[index])
        deadBytes += segmentStarts[old + 1] - segmentStarts[old]
        caseSegment[index] = appendSegment(record, owner: index)
        statuses[index] = record.status
        priorities[index] = record.priority
        markings[index] = record.marking
        dueDays[index] = record.due.map { Int32($0.daysSinceEpoch) } ?? Self.noDay
        openedDays[index] = Int32(record.opened.daysSinceEpoch)
        leadCode[index] = codes.id(record.leadAgency.uppercased())
        agencySet[index] = agencySets.id(record.allAgencies.map { codes.id($0.uppercased()) })
        tagSet[index] = tagSets.id(record.tags.map { tags.id(TextFolding.foldedBytes($0)) })
        regionID[index] = regions.id(TextFolding.foldedBytes(record.region))
        postID[index] = posts.id(TextFolding.foldedBytes(record.post))
    }

    /// The positions of the cases that match `query`, in order.
    public func filter(_ query: Query, context: QueryContext) -> [Int] {
        filter(query, context: context, alive: [Bool](repeating: true, count: count))
    }

    /// The positions among `candidates` of the cases that match `query`, in order: when the
    /// user types on and `query.narrows(earlier)`, pass the earlier query's results and only
    /// those are searched again.
    public func filter(_ query: Query, context: QueryContext, among candidates: [Int]) -> [Int] {
        var alive = [Bool](repeating: false, count: count)
        for index in candidates where alive.indices.contains(index) { alive[index] = true }
        return filter(query, context: context, alive: alive)
    }

    private func filter(_ query: Query, context: QueryContext, alive start: [Bool]) -> [Int] {
        var alive = start
        let today = Int32(context.today.daysSinceEpoch)
        for term in query.terms {
            let negated = term.negated
            switch term.predicate {
            case .word(let needle):
                let hits = wordHits(needle.bytes, alive: alive)
                narrow(&alive, negated) { hits[$0] }
            case .status(let wanted):
                narrow(&alive, negated) { wanted.contains(statuses[$0]) }
            case .priority(let test):
                narrow(&alive, negated) { test.matches(priorities[$0]) }
            case .marking(let test):
                narrow(&alive, negated) { test.matches(markings[$0]) }
            case .agency(let wanted):
                let codeMatches = self.codeMatches(wanted, context)
                let setMatches = agencySets.values.map { set in set.contains { codeMatches[Int($0)] } }
                narrow(&alive, negated) { setMatches[Int(agencySet[$0])] }
            case .lead(let wanted):
                let codeMatches = self.codeMatches(wanted, context)
                narrow(&alive, negated) { codeMatches[Int(leadCode[$0])] }
            case .tag(let wanted):
                let wantedBytes = Set(wanted.map(\.bytes))
                let tagMatches = tags.values.map { wantedBytes.contains($0) }
                let setMatches = tagSets.values.map { set in set.contains { tagMatches[Int($0)] } }
                narrow(&alive, negated) { setMatches[Int(tagSet[$0])] }
            case .region(let needles):
                let matches = Self.containing(needles, regions.values)
                narrow(&alive, negated) { matches[Int(regionID[$0])] }
            case .post(let needles):
                let matches = Self.containing(needles, posts.values)
                narrow(&alive, negated) { matches[Int(postID[$0])] }
            case .due(let test):
                let bound = Int32(test.operand.day(today: context.today).daysSinceEpoch)
                narrow(&alive, negated) { dueDays[$0] != Self.noDay && test.comparison.holds(dueDays[$0], bound) }
            case .opened(let test):
                let bound = Int32(test.operand.day(today: context.today).daysSinceEpoch)
                narrow(&alive, negated) { test.comparison.holds(openedDays[$0], bound) }
            case .overdue:
                narrow(&alive, negated) { statuses[$0] != .closed && dueDays[$0] != Self.noDay && dueDays[$0] < today }
            case .country:
                narrow(&alive, negated) { _ in false }
            }
        }
        var result: [Int] = []
        for index in alive.indices where alive[index] { result.append(index) }
        return result
    }

    // MARK: - Building

    private mutating func reserve(_ capacity: Int) {
        // About 600 folded bytes a case in realistic boards; a guess, not a limit.
        text.reserveCapacity(capacity * 600)
        caseSegment.reserveCapacity(capacity)
        signatures.reserve(cases: capacity)
        segmentStarts.reserveCapacity(capacity + 1)
    }

    private mutating func appendSegment(_ record: Case, owner: Int) -> Int32 {
        let start = text.count
        SearchableText.append(record, to: &text)
        let range = start..<text.count
        text.withUnsafeBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer[range])
            if owner < signatures.count {
                signatures.replace(at: owner, with: bytes)
            } else {
                signatures.append(bytes)
            }
        }
        segmentStarts.append(text.count)
        return Int32(segmentStarts.count - 2)
    }

    // MARK: - Filtering

    private func narrow(_ alive: inout [Bool], _ negated: Bool, _ holds: (Int) -> Bool) {
        for index in alive.indices where alive[index] {
            alive[index] = holds(index) != negated
        }
    }

    /// Which cases hold `needle`. With a trigram or more, the signatures rule out most cases
    /// without reading them; the rest are searched each in its own text, stopping at the first
    /// occurrence. A needle of one or two bytes has no trigram, but is in most cases anyway.
    private func wordHits(_ needle: [UInt8], alive: [Bool]) -> [Bool] {
        var hits = [Bool](repeating: false, count: count)
        let requirement = TrigramSignatures.requirement(for: needle)
        text.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { needleBuffer in
                for index in alive.indices where alive[index] {
                    if let requirement, !signatures.mayContain(index, requirement) { continue }
                    hits[index] = search(needleBuffer, in: buffer, case: index)
                }
            }
        }
        return hits
    }

    private func search(_ needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, case index: Int) -> Bool {
        let segment = Int(caseSegment[index])
        return ByteSearch.isInShortText(needle, buffer, from: segmentStarts[segment], to: segmentStarts[segment + 1])
    }

    private func codeMatches(_ wanted: [String], _ context: QueryContext) -> [Bool] {
        let wantedCodes = context.currentCodes(wanted)
        return codes.values.map { wantedCodes.contains(context.currentCode($0)) }
    }

    private static func containing(_ needles: [FoldedText], _ haystacks: [[UInt8]]) -> [Bool] {
        haystacks.map { haystack in needles.contains { ByteSearch.contains($0.bytes, in: haystack) } }
    }
}

/// Distinct values numbered in order of first appearance.
private struct Interner<Value: Hashable & Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var ids: [Value: UInt32] = [:]

    mutating func id(_ value: Value) -> UInt32 {
        if let id = ids[value] { return id }
        let id = UInt32(values.count)
        values.append(value)
        ids[value] = id
        return id
    }
}
