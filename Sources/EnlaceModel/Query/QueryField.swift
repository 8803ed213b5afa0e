/// The fields a query term may name, `field:value`. Raw values are what users type.
public enum QueryField: String, Sendable, CaseIterable, Hashable {
    case status, priority, agency, lead, tag, marking, region, post, owner, due, opened, country
    case kind, report, official

    /// The record kinds a field applies to. On another kind a term with this field does not
    /// match (and so its negation matches everything): `status:` on a contact is simply false.
    public var appliesTo: Set<RecordKind> {
        switch self {
        case .status, .priority, .lead, .tag, .region, .owner, .due, .opened: [.case]
        case .marking: [.case, .log]
        case .agency: [.case, .contact, .agency, .log]
        case .post: [.case, .contact, .log]
        case .country: [.agency]
        case .kind, .report, .official: [.log]
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
        case .kind: LogKind.allCases.map(\.rawValue)
        case .report: ContactReportState.keywords
        case .due, .opened: QueryError.dateForms
        default: []
        }
    }

    /// Every field name, then the keyword `overdue`: what an unknown field's message lists.
    public static var validNames: [String] { allCases.map(\.rawValue) + [Query.overdueKeyword] }

    /// The Spanish names the board's column headers and detail use, without accents (a name
    /// is matched folded, so `líder` and `lider` are one): the query language takes them in
    /// either language mode.
    public var spanishNames: [String] {
        switch self {
        case .status: ["estado"]
        case .priority: ["prioridad"]
        case .agency: ["dependencia", "agencia"]
        case .lead: ["lider"]
        case .tag: ["etiqueta"]
        case .marking: ["marcado"]
        case .region: []
        case .post: ["sede"]
        case .owner: ["responsable"]
        case .due: ["vence", "limite"]
        case .opened: ["abierto", "apertura"]
        case .country: ["pais"]
        case .kind: ["tipo"]
        case .report: ["informe"]
        case .official: ["with", "funcionario", "con"]
        }
    }

    /// The field `name` names, in English or Spanish, in any case and with or without accents;
    /// `tlp` is the marking, the way documents write it.
    public init?(named name: String) {
        let folded = FoldedText(folding: name.trimmingSpaces).text
        if folded == "tlp" {
            self = .marking
            return
        }
        guard let field = Self.allCases.first(where: { $0.rawValue == folded || $0.spanishNames.contains(folded) }) else {
            return nil
        }
        self = field
    }
}

/// The kinds of record a board holds; validation errors and query fields name them.
public enum RecordKind: String, Sendable, CaseIterable, Hashable, Codable {
    case `case`, contact, agency, log
}
