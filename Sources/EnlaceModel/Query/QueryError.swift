/// What is wrong with a query that cannot be parsed. Each case names the offending part and
/// carries what a message needs to say what would be right; the words are chosen at the edge
/// (`EnlaceUI`'s `QueryError.message(_:)`).
public enum QueryError: Error, Sendable, Equatable, Hashable {
    /// `foo:bar`: there is no field `foo`.
    case unknownField(field: String, validFields: [String])
    /// `status:` with nothing after it. `validValues` is empty for fields that take any text.
    case emptyValue(field: String, validValues: [String])
    /// `status:opne`: not one of the field's values.
    case unknownValue(field: String, value: String, validValues: [String])
    /// `due:<tomorrowish`: not a day (`YYYY-MM-DD`, `today`, `tomorrow`, `yesterday`, `+7d`, `-2w`).
    case invalidDate(field: String, value: String)
    /// `status:<new`, `tag:>x`: the field takes no `<`, `>`, `<=`, `>=`.
    case comparisonNotAllowed(field: String, value: String, comparableFields: [String])
    /// `agency:DAE` when the query was parsed against a registry that has no such code.
    case unknownAgency(field: String, code: String, validCodes: [String])
    /// `"next week` without its closing quote.
    case unterminatedQuote(term: String)
    /// A lone `-`, or `""`: a term with nothing to look for.
    case emptyTerm(term: String)
    /// More characters than a query may have (`Query.maximumLength`): a paste gone wrong, or a
    /// hostile script; refused before it is parsed.
    case tooLong(characters: Int, limit: Int)

    /// The part of the query that is wrong, as typed (a field, a value or a term).
    public var offendingText: String {
        switch self {
        case .unknownField(let field, _), .emptyValue(let field, _): field
        case .unknownValue(_, let value, _), .invalidDate(_, let value), .comparisonNotAllowed(_, let value, _): value
        case .unknownAgency(_, let code, _): code
        case .unterminatedQuote(let term), .emptyTerm(let term): term
        case .tooLong: ""
        }
    }

    /// The date forms `due:` and `opened:` accept, for messages.
    public static let dateForms = ["YYYY-MM-DD", "today", "tomorrow", "yesterday", "+7d", "-2w"]
}
