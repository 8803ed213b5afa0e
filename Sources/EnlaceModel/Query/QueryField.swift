/// The fields a query term may name, `field:value`. Raw values are what users type.
public enum QueryField: String, Sendable, CaseIterable, Hashable {
    case status, priority, agency, lead, tag, marking, region, post, due, opened, country

    /// The record kinds a field applies to. On another kind a term with this field does not
    /// match (and so its negation matches everything): `status:` on a contact is simply false.
    public var appliesTo: Set<RecordKind> {
        switch self {
        case .status, .priority, .lead, .tag, .marking, .region, .due, .opened: [.case]
        case .agency: [.case, .contact, .agency]
        case .post: [.case, .contact]
        case .country: [.agency]
        }
    }

    /// Whether `<`, `>`, `<=`, `>=` make sense for this field.
    public var isOrdered: Bool {
        switch self {
        case .priority, .marking, .due, .opened: true
        default: false
        }
    }

    /// The values the field accepts, when it has a closed list; empty for free text and dates.
    public var validValues: [String] {
        switch self {
        case .status: Status.validValues
        case .priority: Priority.validValues
        case .marking: Marking.validValues
        case .country: Country.allCases.map(\.rawValue)
        case .due, .opened: QueryError.dateForms
        default: []
        }
    }

    /// Every field name, then the keyword `overdue`: what an unknown field's message lists.
    public static var validNames: [String] { allCases.map(\.rawValue) + [Query.overdueKeyword] }
}

/// The kinds of record a board holds; validation errors and query fields name them.
public enum RecordKind: String, Sendable, CaseIterable, Hashable, Codable {
    case `case`, contact, agency
}
