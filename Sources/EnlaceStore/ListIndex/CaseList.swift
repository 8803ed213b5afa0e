import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every case of a board as list rows, sorted by id, with their folded search text in one
/// contiguous buffer: what the board's first screen and `enlace list --filter` need, read from
/// the list index without decoding 100,000 case files.
///
/// `filter` gives the answers of `Query.matches` on the whole cases: a term on a field is
/// decided by `Query.matches` itself, once per distinct value of that field (a case skeleton
/// carrying the row's fields), and a free word is found with `memmem` in the same folded text
/// `Query.matches` searches.
public struct CaseList: Sendable {
    /// The cases, sorted by id.
    public let rows: [CaseRow]
    /// Whether the folded text free words search was loaded (`loadListIndex(searchText:)`).
    public let hasSearchText: Bool

    /// The text buffer, and its segments sorted by start: `segmentStarts` has one more entry
    /// than `segmentOwner`, whose entries are row indices, or -1 for text no row owns.
    let text: [UInt8]
    let segmentStarts: [Int]
    let segmentOwner: [Int32]

    init(rows: [CaseRow], text: [UInt8]?, segmentStarts: [Int], segmentOwner: [Int32]) {
        self.rows = rows
        self.hasSearchText = text != nil
        self.text = text ?? []
        self.segmentStarts = text == nil ? [0] : segmentStarts
        self.segmentOwner = text == nil ? [] : segmentOwner
    }

    public var count: Int { rows.count }

    /// Whether `query` has free words, which need the search text.
    public static func needsSearchText(_ query: Query) -> Bool {
        query.terms.contains { if case .word = $0.predicate { true } else { false } }
    }

    /// The positions in `rows` of the cases that match `query`, in order.
    ///
    /// Without the search text (`hasSearchText` false) a free word matches nothing; load the
    /// index with its text when `needsSearchText(query)`.
    public func filter(_ query: Query, context: QueryContext) -> [Int] {
        var alive = [Bool](repeating: true, count: rows.count)
        for term in query.terms {
            switch term.predicate {
            case .word(let needle):
                let hits = wordHits(Array(needle.text.utf8), alive: alive)
                for index in alive.indices where alive[index] { alive[index] = hits[index] != term.negated }
            case .status: narrow(&alive, term, context) { $0.status }
            case .priority: narrow(&alive, term, context) { $0.priority }
            case .marking: narrow(&alive, term, context) { $0.marking }
            case .agency: narrow(&alive, term, context) { [$0.leadAgency] + $0.agencies }
            case .lead: narrow(&alive, term, context) { $0.leadAgency }
            case .tag: narrow(&alive, term, context) { $0.tags }
            case .region: narrow(&alive, term, context) { $0.region }
            case .post: narrow(&alive, term, context) { $0.post }
            case .owner: narrow(&alive, term, context) { $0.owner }
            case .due: narrow(&alive, term, context) { $0.due }
            case .opened: narrow(&alive, term, context) { $0.opened }
            case .overdue: narrow(&alive, term, context) { OverdueKey(status: $0.status, due: $0.due) }
            case .country, .kind, .report, .official: narrow(&alive, term, context) { _ in 0 }
            }
        }
        var result: [Int] = []
        for index in alive.indices where alive[index] { result.append(index) }
        return result
    }

    /// Decides `term` with `Query.matches` once per distinct `key` among the rows still alive.
    /// `key` must hold every field the term reads.
    private func narrow<Key: Hashable>(
        _ alive: inout [Bool], _ term: QueryTerm, _ context: QueryContext, _ key: (CaseRow) -> Key
    ) {
        let single = Query(text: "", terms: [QueryTerm(term.predicate)])
        var decided: [Key: Bool] = [:]
        for index in alive.indices where alive[index] {
            let row = rows[index]
            let value = key(row)
            let holds: Bool
            if let known = decided[value] {
                holds = known
            } else {
                holds = single.matches(row.skeleton, context)
                decided[value] = holds
            }
            alive[index] = holds != term.negated
        }
    }

    private struct OverdueKey: Hashable {
        var status: Status
        var due: Day?
    }

    /// Which rows hold `needle`: one pass over the whole buffer while many rows are alive, a
    /// search of each survivor's own text once few are.
    private func wordHits(_ needle: [UInt8], alive: [Bool]) -> [Bool] {
        var hits = [Bool](repeating: false, count: rows.count)
        guard hasSearchText, !needle.isEmpty else { return hits }
        let aliveCount = alive.reduce(0) { $0 + ($1 ? 1 : 0) }
        let rowSegment = aliveCount * 8 < rows.count ? segmentOfRow() : nil
        text.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { needleBuffer in
                if let rowSegment {
                    for index in alive.indices where alive[index] {
                        let segment = rowSegment[index]
                        guard segment >= 0 else { continue }
                        hits[index] = Self.find(needleBuffer, in: buffer, from: segmentStarts[segment], to: segmentStarts[segment + 1]) != nil
                    }
                    return
                }
                var position = 0
                while let found = Self.find(needleBuffer, in: buffer, from: position, to: buffer.count) {
                    let segment = segment(containing: found)
                    let owner = Int(segmentOwner[segment])
                    if owner >= 0 { hits[owner] = true }
                    position = segmentStarts[segment + 1]
                }
            }
        }
        return hits
    }

    private func segmentOfRow() -> [Int] {
        var result = [Int](repeating: -1, count: rows.count)
        for (segment, owner) in segmentOwner.enumerated() where owner >= 0 { result[Int(owner)] = segment }
        return result
    }

    private func segment(containing offset: Int) -> Int {
        var low = 0
        var high = segmentOwner.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segmentStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static func find(
        _ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress, end - start >= needle.count
        else { return nil }
        guard let hit = ByteFinder.memmem(base + start, end - start, needleBase, needle.count) else { return nil }
        return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
    }
}

/// `memmem` from the C library (Swift's Glibc module hides it, a GNU extension), or a portable
/// search with the same answers where it cannot be found.
enum ByteFinder {
    private typealias Memmem = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?

    private static let function: Memmem? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem") else { return nil }
        return unsafeBitCast(symbol, to: Memmem.self)
    }()

    static func memmem(
        _ haystack: UnsafePointer<UInt8>, _ haystackCount: Int, _ needle: UnsafePointer<UInt8>, _ needleCount: Int
    ) -> UnsafeRawPointer? {
        if let function { return function(haystack, haystackCount, needle, needleCount).map { UnsafeRawPointer($0) } }
        guard needleCount > 0, haystackCount >= needleCount else { return nil }
        for offset in 0...(haystackCount - needleCount) where memcmp(haystack + offset, needle, needleCount) == 0 {
            return UnsafeRawPointer(haystack + offset)
        }
        return nil
    }
}
