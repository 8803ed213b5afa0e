/// Turns query text into terms. Whitespace separates terms except inside double quotes; a
/// `-` at the start of a term negates it; `name:value` is a field term when `name` is letters.
struct QueryParser {
    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    mutating func parseTerms() throws(QueryError) -> [QueryTerm] {
        var terms: [QueryTerm] = []
        while true {
            while position < characters.count, characters[position].isWhitespace { position += 1 }
            guard position < characters.count else { return terms }
            terms.append(try parseTerm())
        }
    }

    private mutating func parseTerm() throws(QueryError) -> QueryTerm {
        let start = position
        var negated = false
        if characters[position] == "-" {
            negated = true
            position += 1
        }
        let raw = try readToken(from: start)
        let typed = String(characters[start..<position])
        guard !raw.isEmpty else { throw .emptyTerm(term: typed) }

        if raw.first == "\"" {
            return QueryTerm(try word(raw, typed: typed), negated: negated)
        }
        if let colon = raw.firstIndex(of: ":") {
            let name = raw[..<colon]
            if !name.isEmpty, name.allSatisfy(\.isLetter) {
                let value = String(raw[raw.index(after: colon)...])
                return QueryTerm(try fieldPredicate(name: String(name), value: value), negated: negated)
            }
        }
        if Query.overdueKeywords.contains(FoldedText(folding: raw).text) {
            return QueryTerm(.overdue, negated: negated)
        }
        return QueryTerm(try word(raw, typed: typed), negated: negated)
    }

    /// Reads up to the next whitespace outside quotes; the quotes stay in the token.
    private mutating func readToken(from start: Int) throws(QueryError) -> String {
        var token = ""
        var inQuotes = false
        while position < characters.count {
            let character = characters[position]
            if character.isWhitespace, !inQuotes { break }
            if character == "\"" { inQuotes.toggle() }
            token.append(character)
            position += 1
        }
        if inQuotes { throw .unterminatedQuote(term: String(characters[start..<position])) }
        return token
    }

    private func word(_ raw: String, typed: String) throws(QueryError) -> QueryPredicate {
        let folded = FoldedText(folding: Self.unquoted(raw).trimmingSpaces)
        guard !folded.text.isEmpty else { throw .emptyTerm(term: typed) }
        return .word(folded)
    }

    private func fieldPredicate(name: String, value rawValue: String) throws(QueryError) -> QueryPredicate {
        guard let field = QueryField(named: name) else {
            throw .unknownField(field: name, validFields: QueryField.validNames)
        }
        let quoted = rawValue.contains("\"")
        var rest = Self.unquoted(rawValue)
        var comparison: Comparison?
        if !quoted {
            for candidate in [Comparison.lessOrEqual, .greaterOrEqual, .less, .greater, .equal]
            where rest.hasPrefix(candidate.rawValue) {
                comparison = candidate
                rest.removeFirst(candidate.rawValue.count)
                break
            }
        }
        if let comparison, comparison != .equal, !field.isOrdered {
            throw .comparisonNotAllowed(
                field: name, value: rawValue, comparableFields: QueryField.allCases.filter(\.isOrdered).map(\.rawValue))
        }
        rest = rest.trimmingSpaces
        guard !rest.isEmpty else { throw .emptyValue(field: name, validValues: field.validValues) }
        let pieces = quoted ? [rest] : rest.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        guard !pieces.isEmpty else { throw .emptyValue(field: name, validValues: field.validValues) }

        func each<Value>(_ parse: (String) -> Value?) throws(QueryError) -> [Value] {
            var values: [Value] = []
            for piece in pieces {
                guard let value = parse(piece) else {
                    throw .unknownValue(field: name, value: piece, validValues: field.validValues)
                }
                values.append(value)
            }
            return values
        }
        func ordered<Value>(_ parse: (String) -> Value?) throws(QueryError) -> OrderedTest<Value> {
            guard let comparison, comparison != .equal else { return .oneOf(try each(parse)) }
            guard pieces.count == 1, let value = parse(rest) else {
                throw .unknownValue(field: name, value: rest, validValues: field.validValues)
            }
            return .compare(comparison, value)
        }
        func folded() throws(QueryError) -> [FoldedText] {
            let texts = pieces.map(FoldedText.init(folding:)).filter { !$0.text.isEmpty }
            guard !texts.isEmpty else { throw .emptyValue(field: name, validValues: []) }
            return texts
        }
        func day() throws(QueryError) -> DayTest {
            guard let operand = DayExpression.parse(rest) else { throw .invalidDate(field: name, value: rest) }
            return DayTest(comparison ?? .equal, operand)
        }

        switch field {
        case .status: return .status(try each { Status(parsing: $0) })
        case .priority: return .priority(try ordered { Priority(parsing: $0) })
        case .marking: return .marking(try ordered { Marking(parsing: $0) })
        case .agency: return .agency(pieces.map { $0.uppercased() })
        case .lead: return .lead(pieces.map { $0.uppercased() })
        case .tag: return .tag(try folded())
        case .region: return .region(try folded())
        case .post: return .post(try folded())
        case .owner: return .owner(try folded())
        case .due: return .due(try day())
        case .opened: return .opened(try day())
        case .country: return .country(try each { Country(parsing: $0) })
        case .kind: return .kind(try each { LogKind(parsing: $0) })
        case .report: return .report(try each { ContactReportState.keyword(parsing: $0) })
        case .official: return .official(pieces.map { $0.uppercased() })
        }
    }

    static func unquoted(_ text: String) -> String {
        text.contains("\"") ? text.filter { $0 != "\"" } : text
    }
}
