/// A parsed query of the language of DESIGN.md, the same in the board's filter and `--filter`.
///
/// - Free words match anywhere in a record, case- and accent-insensitively ("fiscalia" finds
///   "Fiscalía"); every term must match. `"next week"` in quotes is one word.
/// - `status:`, `priority:`, `marking:`, `agency:` (lead or participating), `lead:`, `tag:`,
///   `region:`, `post:`, `due:`, `opened:`, `country:`; `overdue`. A leading `-` negates a term.
/// - A list is any of its values: `status:new,active`. `priority:`, `marking:`, `due:` and
///   `opened:` also compare: `priority:>=high`, `marking:<=amber`, `due:<2026-12-01`,
///   `due:<=+7d`. A day is `YYYY-MM-DD`, `today`, `tomorrow`, `yesterday` or `±Nd`/`±Nw`.
/// - `agency:PGR` finds FGR cases: a former code means its successor.
/// - `tag:` is a whole tag; `region:` and `post:` are contained (`post:merida` finds "Mérida").
/// - A term whose field does not apply to the record kind (`status:` on a contact) does not
///   match; see `QueryField.appliesTo`.
/// - Quote a word with a colon to search it as text: `"10:30"`; `overdue` in quotes is a word.
///
/// Parse once, then evaluate many times: needles are folded while parsing.
public struct Query: Sendable, Equatable, Hashable {
    /// The query as typed.
    public let text: String
    /// The terms, all of which must match.
    public let terms: [QueryTerm]

    /// The keyword for overdue cases.
    public static let overdueKeyword = "overdue"
    /// `overdue` and the Spanish words for it, folded.
    static let overdueKeywords: Set<String> = [overdueKeyword, "vencido", "vencidos", "vencida", "vencidas"]

    public init(text: String, terms: [QueryTerm]) {
        self.text = text
        self.terms = terms
    }

    /// The query that matches everything.
    public static let all = Query(text: "", terms: [])

    /// Whether the query has no terms (and so matches every record).
    public var isEmpty: Bool { terms.isEmpty }

    /// The most characters a query may have; far more than any filter a person types.
    public static let maximumLength = 1_000

    /// Parses `text`; a malformed term throws a `QueryError` naming it.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        // The byte count bounds the character count from above, and costs nothing to read.
        if text.utf8.count > maximumLength {
            let characters = text.count
            if characters > maximumLength { throw .tooLong(characters: characters, limit: maximumLength) }
        }
        var parser = QueryParser(text)
        return Query(text: text, terms: try parser.parseTerms())
    }

    /// Parses `text` and also checks that every `agency:` and `lead:` code, or former code,
    /// is in `registry`, so that a typo (`agency:DAE`) is an error rather than no results.
    public static func parse(_ text: String, registry: AgencyRegistry) throws(QueryError) -> Query {
        let query = try parse(text)
        for term in query.terms {
            switch term.predicate {
            case .agency(let codes), .lead(let codes):
                for code in codes where !registry.contains(code) {
                    throw .unknownAgency(
                        field: term.predicate.field?.rawValue ?? "", code: code,
                        validCodes: registry.agencies.map(\.code))
                }
            default:
                continue
            }
        }
        return query
    }

    /// Whether every record this query matches is also matched by `earlier`, so that filtering
    /// may start from `earlier`'s results (`CaseSearchIndex.filter(_:context:among:)`).
    ///
    /// True when this query keeps `earlier`'s terms in order, adds terms after them, or makes a
    /// free word longer (`fisc` → `fiscal`). Conservative: a query that narrows in another way
    /// (`status:new,active` → `status:new`) is not recognised, and is simply filtered in full.
    public func narrows(_ earlier: Query) -> Bool {
        guard terms.count >= earlier.terms.count else { return false }
        for (old, new) in zip(earlier.terms, terms) where old != new {
            guard case .word(let oldWord) = old.predicate, case .word(let newWord) = new.predicate,
                  !old.negated, !new.negated, ByteSearch.contains(oldWord.bytes, in: newWord.bytes) else { return false }
        }
        return true
    }

    /// The fields this query uses that never apply to `kind`, for a caller that wants to warn
    /// (`enlace list contacts --filter status:new`).
    public func fieldsNotApplying(to kind: RecordKind) -> [QueryField] {
        var seen: Set<QueryField> = []
        return terms.compactMap { term -> QueryField? in
            guard let field = term.predicate.field, !field.appliesTo.contains(kind), seen.insert(field).inserted
            else { return nil }
            return field
        }
    }
}
