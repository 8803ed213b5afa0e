// PLACEHOLDER: the query language is being written; this signature is what callers use.

/// A parsed query of the language of DESIGN.md.
public struct Query: Sendable, Equatable {
    public let text: String
    public static func parse(_ text: String) throws(QueryError) -> Query { Query(text: text) }
    public func matches(_ record: Case, _ context: QueryContext) -> Bool {
        text.isEmpty || record.title.lowercased().contains(text.lowercased())
    }
}

/// What a query needs besides the record: the registry (for former codes) and today (for `overdue`).
public struct QueryContext: Sendable {
    public var registry: AgencyRegistry
    public var today: Day
    public init(registry: AgencyRegistry, today: Day) {
        self.registry = registry
        self.today = today
    }
}

public enum QueryError: Error, Sendable, Equatable {
    case placeholder
}
