/// One term of a query: what it asks, and whether a leading `-` negated it.
public struct QueryTerm: Sendable, Equatable, Hashable {
    public var predicate: QueryPredicate
    public var negated: Bool

    public init(_ predicate: QueryPredicate, negated: Bool = false) {
        self.predicate = predicate
        self.negated = negated
    }
}

/// What one term asks of a record. Texts are already folded (`TextFolding`) and codes upper
/// case, so evaluating a term never folds the needle again.
public enum QueryPredicate: Sendable, Equatable, Hashable {
    /// A free word or quoted phrase, anywhere in the record's searchable text.
    case word(FoldedText)
    case status([Status])
    case priority(OrderedTest<Priority>)
    case marking(OrderedTest<Marking>)
    /// Lead or participating agency, by code as typed (a former code is resolved when matching).
    case agency([String])
    case lead([String])
    /// A tag equal to one of these, folded.
    case tag([FoldedText])
    /// A region containing one of these, folded.
    case region([FoldedText])
    /// A post containing one of these, folded (`post:merida` finds "Mérida").
    case post([FoldedText])
    /// An owner, by login, folded; `me` (`yo`) is the officer at the keyboard (`QueryContext.login`).
    case owner([FoldedText])
    case due(DayTest)
    case opened(DayTest)
    /// Still open and due before today.
    case overdue
    case country([Country])
    /// A log entry of one of these kinds.
    case kind([LogKind])
    /// A log entry whose three-day report is in one of these states (`ContactReportState.keyword`).
    case report([String])
    /// A log entry that met one of these officials, by contact id.
    case official([String])

    /// The field this predicate tests, nil for free words and `overdue`.
    public var field: QueryField? {
        switch self {
        case .word, .overdue: nil
        case .status: .status
        case .priority: .priority
        case .marking: .marking
        case .agency: .agency
        case .lead: .lead
        case .tag: .tag
        case .region: .region
        case .post: .post
        case .owner: .owner
        case .due: .due
        case .opened: .opened
        case .country: .country
        case .kind: .kind
        case .report: .report
        case .official: .official
        }
    }
}

/// Text folded once for search, kept with its bytes for `memmem`.
public struct FoldedText: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let text: String
    let bytes: [UInt8]

    /// `text` folded: "Fiscalía" → "fiscalia".
    public init(folding text: String) {
        bytes = TextFolding.foldedBytes(text)
        self.text = String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { text }

    public static func == (lhs: FoldedText, rhs: FoldedText) -> Bool { lhs.bytes == rhs.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}

/// `<`, `<=`, `=`, `>=`, `>`.
public enum Comparison: String, Sendable, CaseIterable, Hashable {
    case less = "<", lessOrEqual = "<=", equal = "=", greaterOrEqual = ">=", greater = ">"

    public func holds<Value: Comparable>(_ value: Value, _ bound: Value) -> Bool {
        switch self {
        case .less: value < bound
        case .lessOrEqual: value <= bound
        case .equal: value == bound
        case .greaterOrEqual: value >= bound
        case .greater: value > bound
        }
    }
}

/// A test on an ordered vocabulary: one of a list (`priority:high,critical`) or a comparison
/// (`marking:<=amber`).
public enum OrderedTest<Value: Comparable & Sendable & Hashable>: Sendable, Equatable, Hashable {
    case oneOf([Value])
    case compare(Comparison, Value)

    public func matches(_ value: Value) -> Bool {
        switch self {
        case .oneOf(let values): values.contains(value)
        case .compare(let comparison, let bound): comparison.holds(value, bound)
        }
    }
}

/// A test on a day: `due:<2026-12-01`, `due:>=today`, `due:<+7d`.
public struct DayTest: Sendable, Equatable, Hashable {
    public var comparison: Comparison
    public var operand: DayOperand

    public init(_ comparison: Comparison, _ operand: DayOperand) {
        self.comparison = comparison
        self.operand = operand
    }

    /// Whether `day` passes, with relative operands counted from `today`.
    public func matches(_ day: Day, today: Day) -> Bool {
        comparison.holds(day.daysSinceEpoch, operand.day(today: today).daysSinceEpoch)
    }
}

/// A day as a query names it: a date, or a number of days from today.
public enum DayOperand: Sendable, Equatable, Hashable {
    case day(Day)
    /// `today` is 0, `tomorrow` 1, `-2w` -14.
    case relative(days: Int)

    public func day(today: Day) -> Day {
        switch self {
        case .day(let day): day
        case .relative(let days): today.adding(days: days)
        }
    }
}
