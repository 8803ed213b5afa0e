/// The cases of a board prepared for filtering on every keystroke, at 100,000 cases.
///
/// Built once from `[Case]` (off the keyboard's thread: it folds every case's text once), it
/// keeps the folded searchable text of all cases in one contiguous byte buffer, bitmaps of
/// what each text contains (`TextFeatures`: exact for words of one or two bytes, and ruling
/// out most cases before a longer word is searched for), and the small fields the structured
/// terms need as flat arrays, with agencies, tags, regions and posts interned so that a term
/// is decided once per distinct value, not once per case. `filter` gives the same answers as
/// `Query.matches`, which folds each record and searches it with `memmem`.
///
/// While the user types on, `filter(_:context:after:)` starts from the last answer: only its
/// matches are looked at, and a lengthened word is looked for first where the shorter one was
/// found. Texts are searched on every core.
///
/// Memory: the folded text (about the size of the case's texts) plus about 470 bytes of
/// features and 40 bytes of fields a case.
///
/// An edited or added case is appended (`replace(at:with:)`, `append(_:)`); the text it
/// replaces stays in the buffer as dead bytes until the index is rebuilt, which
/// `deadByteFraction` helps a caller decide.
public struct CaseSearchIndex: Sendable {
    private var text: [UInt8] = []
    /// Where each segment of `text` starts, plus the end: one more entry than segments.
    private var segmentStarts: [Int] = [0]
    private var deadBytes = 0
    private var features = TextFeatures()
    /// Changes with every edit, so that an earlier `Matches` is never trusted after one.
    private var revision = 0

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
    private var ownerID: [UInt32] = []

    private var codes = Interner<String>()
    private var agencySets = Interner<[UInt32]>()
    private var tags = Interner<[UInt8]>()
    private var tagSets = Interner<[UInt32]>()
    private var regions = Interner<[UInt8]>()
    private var posts = Interner<[UInt8]>()
    private var owners = Interner<String>()

    private static let noDay = Int32.min

    /// Indexes `cases`; the results of `filter` are positions in this array.
    public init(_ cases: some Collection<Case>) {
        reserve(cases.count)
        for record in cases { append(record) }
    }

    /// How many cases the index holds.
    public var count: Int { caseSegment.count }

    /// The share of the text buffer left behind by replacements; rebuild when it grows large.
    public var deadByteFraction: Double { text.isEmpty ? 0 : Double(deadBytes) / Double(text.count) }

    /// Adds `record` as the last case.
    public mutating func append(_ record: Case) {
        revision &+= 1
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
        ownerID.append(owners.id(FoldedText(folding: record.owner).text))
    }

    /// Puts `record` in place of the case at `index` (after an edit).
    public mutating func replace(at index: Int, with record: Case) {
        guard caseSegment.indices.contains(index) else { return }
        revision &+= 1
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
        ownerID[index] = owners.id(FoldedText(folding: record.owner).text)
    }

    /// The positions of the cases that match `query`, in order.
    public func filter(_ query: Query, context: QueryContext) -> [Int] {
        filter(query, context: context, after: nil).positions
    }

    /// The positions among `candidates` of the cases that match `query`, in order: when the
    /// user types on and `query.narrows(earlier)`, pass the earlier query's results and only
    /// those are searched again.
    public func filter(_ query: Query, context: QueryContext, among candidates: [Int]) -> [Int] {
        var seen = [Bool](repeating: false, count: count)
        for index in candidates where seen.indices.contains(index) { seen[index] = true }
        var positions: [Int32] = []
        for index in seen.indices where seen[index] { positions.append(Int32(index)) }
        return evaluate(query, context: context, candidates: positions, earlier: nil).positions
    }

    /// The cases that match `query`, and what the next keystroke can start from.
    ///
    /// When `earlier` came from this index, unchanged since, on the same day, and `query`
    /// narrows its query (`Query.narrows`: the user typed on), only `earlier`'s matches are
    /// looked at; the terms it already decided are not decided again, and a lengthened word is
    /// looked for first where the shorter one was found. Otherwise every case is.
    public func filter(_ query: Query, context: QueryContext, after earlier: Matches?) -> Matches {
        if let earlier, earlier.revision == revision, earlier.today == context.today, query.narrows(earlier.query) {
            return evaluate(query, context: context, candidates: earlier.cases, earlier: earlier)
        }
        return evaluate(query, context: context, candidates: Array(0..<Int32(count)), earlier: nil)
    }

    /// Decides `query` for `candidates` (ascending positions); `earlier`, when given, is the
    /// result `candidates` came from, for a query that `query` narrows.
    private func evaluate(_ query: Query, context: QueryContext, candidates: [Int32], earlier: Matches?) -> Matches {
        var survivors = Survivors(cases: candidates, termCount: query.terms.count)
        var words: [(term: Int, needle: [UInt8], negated: Bool, hints: Int?)] = []
        let today = Int32(context.today.daysSinceEpoch)
        for (termIndex, term) in query.terms.enumerated() {
            let negated = term.negated
            let earlierTerm = earlier.flatMap { termIndex < $0.query.terms.count ? $0.query.terms[termIndex] : nil }
            if let earlier, earlierTerm == term {
                // Every candidate matched this very term already.
                survivors.finds[termIndex] = earlier.finds[termIndex]
                continue
            }
            switch term.predicate {
            case .word(let needle):
                // A lengthened word occurs no earlier than where the shorter one first did,
                // less where the shorter one sits inside the longer.
                var hints: Int?
                if let earlier, !negated, let earlierTerm, case .word(let shorter) = earlierTerm.predicate,
                   !earlierTerm.negated, earlier.finds[termIndex].count == candidates.count {
                    hints = needle.bytes.withUnsafeBufferPointer {
                        ByteSearch.firstIndex(of: shorter.bytes, in: $0, from: 0, to: $0.count)
                    }
                    // Carried along as the other terms narrow the candidates.
                    if hints != nil { survivors.finds[termIndex] = earlier.finds[termIndex] }
                }
                words.append((termIndex, needle.bytes, negated, hints))
            case .status(let wanted):
                survivors.narrow(negated) { wanted.contains(statuses[$0]) }
            case .priority(let test):
                survivors.narrow(negated) { test.matches(priorities[$0]) }
            case .marking(let test):
                survivors.narrow(negated) { test.matches(markings[$0]) }
            case .agency(let wanted):
                let codeMatches = self.codeMatches(wanted, context)
                let setMatches = agencySets.values.map { set in set.contains { codeMatches[Int($0)] } }
                survivors.narrow(negated) { setMatches[Int(agencySet[$0])] }
            case .lead(let wanted):
                let codeMatches = self.codeMatches(wanted, context)
                survivors.narrow(negated) { codeMatches[Int(leadCode[$0])] }
            case .tag(let wanted):
                let wantedBytes = Set(wanted.map(\.bytes))
                let tagMatches = tags.values.map { wantedBytes.contains($0) }
                let setMatches = tagSets.values.map { set in set.contains { tagMatches[Int($0)] } }
                survivors.narrow(negated) { setMatches[Int(tagSet[$0])] }
            case .region(let needles):
                let matches = Self.containing(needles, regions.values)
                survivors.narrow(negated) { matches[Int(regionID[$0])] }
            case .post(let needles):
                let matches = Self.containing(needles, posts.values)
                survivors.narrow(negated) { matches[Int(postID[$0])] }
            case .owner(let wanted):
                let logins = context.owners(wanted)
                let matches = owners.values.map { logins.contains($0) }
                survivors.narrow(negated) { matches[Int(ownerID[$0])] }
            case .due(let test):
                let bound = Int32(test.operand.day(today: context.today).daysSinceEpoch)
                survivors.narrow(negated) { dueDays[$0] != Self.noDay && test.comparison.holds(dueDays[$0], bound) }
            case .opened(let test):
                let bound = Int32(test.operand.day(today: context.today).daysSinceEpoch)
                survivors.narrow(negated) { test.comparison.holds(openedDays[$0], bound) }
            case .overdue:
                survivors.narrow(negated) { statuses[$0] != .closed && dueDays[$0] != Self.noDay && dueDays[$0] < today }
            case .country, .kind, .report, .official:
                survivors.narrow(negated) { _ in false }
            }
        }
        var textsRead = 0
        // Words last: the other terms are cheap, and leave fewer texts to search.
        for word in words {
            let (found, read) = find(
                word.needle, in: survivors.cases,
                hints: word.hints.map { shift in (survivors.finds[word.term], Int32(shift)) })
            textsRead += read
            survivors.narrow(by: found, negated: word.negated, term: word.term)
        }
        return Matches(
            cases: survivors.cases, finds: survivors.finds, query: query, today: context.today, revision: revision,
            textsRead: textsRead)
    }

    // MARK: - Building

    private mutating func reserve(_ capacity: Int) {
        // About 600 folded bytes a case in realistic boards; a guess, not a limit.
        text.reserveCapacity(capacity * 600)
        caseSegment.reserveCapacity(capacity)
        features.reserve(cases: capacity)
        segmentStarts.reserveCapacity(capacity + 1)
    }

    private mutating func appendSegment(_ record: Case, owner: Int) -> Int32 {
        let start = text.count
        SearchableText.append(record, to: &text)
        let range = start..<text.count
        text.withUnsafeBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer[range])
            if owner < features.count {
                features.replace(at: owner, with: bytes)
            } else {
                features.append(bytes)
            }
        }
        segmentStarts.append(text.count)
        return Int32(segmentStarts.count - 2)
    }

    // MARK: - Filtering

    /// Where `needle` first occurs in the text of each of `cases`, parallel to `cases`. Where
    /// `TextFeatures` answers exactly (a word of one or two bytes) no text is read. `hints`,
    /// parallel to `cases`, says where a shorter word inside this one was found (at `shift`
    /// bytes into this one), so this one cannot start before that less `shift`; with no shift
    /// and a word of at most 16 bytes, whether it starts right there is read from the shorter
    /// word's `head`, not from the text.
    ///
    /// Many cases are searched on every core.
    ///
    /// Also says how many cases' texts were read.
    private func find(_ needle: [UInt8], in cases: [Int32], hints: ([WordFind], Int32)?) -> ([WordFind], Int) {
        let (candidates, exact) = needle.withUnsafeBufferPointer { features.candidates(for: $0) }
        let work = { @Sendable (range: Range<Int>) -> ([WordFind], Int) in
            self.find(needle, in: cases, range: range, candidates: candidates, exact: exact, hints: hints)
        }
        if exact || cases.count < Self.parallelThreshold { return work(0..<cases.count) }
        let chunks = Chunked.map(cases.count, work)
        return (Array(chunks.map(\.0).joined()), chunks.reduce(0) { $0 + $1.1 })
    }

    /// Below this many texts to search, one core does it: starting threads costs more.
    private static let parallelThreshold = 4_096

    private func find(
        _ needle: [UInt8], in cases: [Int32], range: Range<Int>, candidates: [UInt64], exact: Bool,
        hints: ([WordFind], Int32)?
    ) -> ([WordFind], Int) {
        var result = [WordFind](repeating: .notFound, count: range.count)
        var textsRead = 0
        // The needle as a head would hold it, and which of a head's bytes it covers.
        var needleHead = SIMD16<UInt8>.zero, covered = SIMDMask<SIMD16<Int8>>()
        for (index, byte) in needle.prefix(16).enumerated() {
            needleHead[index] = byte
            covered[index] = true
        }
        let headDecides = needle.count <= 16 && hints?.1 == 0
        text.withUnsafeBufferPointer { textBuffer in
            needle.withUnsafeBufferPointer { needleBuffer in
                guard let base = textBuffer.baseAddress else { return }
                let searcher = ByteSearch.Needle(needleBuffer)
                for slot in range {
                    let index = Int(cases[slot])
                    if candidates[index >> 6] & (1 << UInt64(index & 63)) == 0 { continue }
                    let earlier = hints.map { $0.0[slot] }
                    let hint = hints.map { finds, shift in max(0, finds[slot].offset - shift) } ?? 0
                    if exact {
                        result[slot - range.lowerBound] = WordFind(offset: hint, head: .zero)
                        continue
                    }
                    textsRead += 1
                    let segment = Int(caseSegment[index])
                    let start = segmentStarts[segment], end = segmentStarts[segment + 1]
                    var from = start + Int(hint)
                    if let earlier {
                        // Typing on mostly finds the longer word where the shorter one was.
                        if headDecides, earlier.isHeadKnown {
                            let differs = (earlier.head .!= needleHead) .& covered
                            if !any(differs) {
                                result[slot - range.lowerBound] = earlier
                                textsRead -= 1
                                continue
                            }
                        } else if searcher.occurs(in: base, at: from, end: end) {
                            result[slot - range.lowerBound] = WordFind(offset: hint, head: Self.head(base, at: from, end: end))
                            continue
                        }
                        from += 1
                    }
                    if let found = searcher.firstIndex(in: base, from: from, to: end) {
                        result[slot - range.lowerBound] = WordFind(offset: Int32(found - start), head: Self.head(base, at: found, end: end))
                    }
                }
            }
        }
        return (result, textsRead)
    }

    /// The 16 bytes of `text` from `position` on, zeros from `end`.
    private static func head(_ text: UnsafePointer<UInt8>, at position: Int, end: Int) -> SIMD16<UInt8> {
        if end - position >= 16 { return UnsafeRawPointer(text + position).loadUnaligned(as: SIMD16<UInt8>.self) }
        var head = SIMD16<UInt8>.zero
        for index in 0..<max(0, end - position) { head[index] = text[position + index] }
        return head
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
