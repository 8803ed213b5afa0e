/// A rule a record breaks. Each case carries what a message needs (the offending value, what
/// would be allowed); `record` and `field` name where. The words are chosen at the edge
/// (`EnlaceUI`'s `ValidationError.message(_:)`).
public enum ValidationError: Error, Sendable, Equatable, Hashable {
    /// Not `MX-YYYY-NNNN`: a case's own id, or one it links to.
    case malformedCaseID(record: RecordReference, field: String, value: String)
    /// Not `C-NNNN`: a contact's own id, or one a case lists.
    case malformedContactID(record: RecordReference, field: String, value: String)
    /// A required text that is empty or only spaces (a title, a name).
    case emptyField(record: RecordReference, field: String)
    /// A value outside a closed vocabulary (`status: "opne"`), from a command line or an import.
    case unknownValue(record: RecordReference, field: String, value: String, allowed: [String])
    /// A date or time that is not ISO 8601.
    case invalidDate(record: RecordReference, field: String, value: String)
    /// An agency code the registry has never had.
    case unknownAgency(record: RecordReference, field: String, code: String, known: [String])
    /// A former code (`PGR`) where files must use the current one (`FGR`).
    case formerAgencyCode(record: RecordReference, field: String, code: String, successor: String)
    /// An email address that is not `name@domain.tld`.
    case invalidEmail(record: RecordReference, field: String, value: String)
    /// A phone number that is not digits with an optional leading `+`, spaces, dashes,
    /// dots and parentheses.
    case invalidPhone(record: RecordReference, field: String, value: String)
    /// `due` is before `opened`.
    case dueBeforeOpened(caseID: String, due: Day, opened: Day)
    /// A case listing itself in `links`.
    case linkToItself(caseID: String)
    /// A case lists a contact id that is not among the board's contacts.
    case unknownContact(caseID: String, contactID: String)
    /// `version` below 1.
    case invalidVersion(record: RecordReference, version: Int)
    /// Two records of one kind with the same id (two agencies with one code).
    case duplicateID(record: RecordReference)
    /// An agency lists a counterpart code that is not in the registry.
    case unknownCounterpart(agency: String, counterpart: String)
    /// `agency` lists `counterpart`, but `counterpart` does not list `agency`.
    case asymmetricCounterpart(agency: String, counterpart: String)
    /// An agency without a source for its facts.
    case missingSources(agency: String)
    /// A former code of `agency` that is also `holder`'s current or former code, so a search
    /// for it could not know which agency is meant.
    case formerCodeInUse(agency: String, code: String, holder: String)
    /// Not `LOG-YYYY-NNNN`: a log entry's own id.
    case malformedLogID(record: RecordReference, field: String, value: String)
    /// A log entry names an official whose contact id is not among the board's contacts.
    case unknownOfficial(logID: String, contactID: String)
    /// A log entry that ends before it starts.
    case endBeforeStart(logID: String, start: Timestamp, end: Timestamp)
    /// A three-day report filed before the contact it reports.
    case reportBeforeContact(logID: String, filedOn: Day, contactDay: Day)

    /// The record the error is about.
    public var record: RecordReference {
        switch self {
        case .malformedCaseID(let record, _, _), .malformedContactID(let record, _, _), .emptyField(let record, _),
             .unknownValue(let record, _, _, _), .invalidDate(let record, _, _), .unknownAgency(let record, _, _, _),
             .formerAgencyCode(let record, _, _, _), .invalidVersion(let record, _), .duplicateID(let record),
             .invalidEmail(let record, _, _), .invalidPhone(let record, _, _), .malformedLogID(let record, _, _):
            record
        case .unknownOfficial(let logID, _), .endBeforeStart(let logID, _, _), .reportBeforeContact(let logID, _, _):
            .log(logID)
        case .dueBeforeOpened(let caseID, _, _), .linkToItself(let caseID), .unknownContact(let caseID, _):
            .case(caseID)
        case .unknownCounterpart(let agency, _), .asymmetricCounterpart(let agency, _), .missingSources(let agency),
             .formerCodeInUse(let agency, _, _):
            .agency(agency)
        }
    }

    /// The field, by its name in the files (`due`, `leadAgency`, `name.es`).
    public var field: String {
        switch self {
        case .malformedCaseID(_, let field, _), .malformedContactID(_, let field, _), .emptyField(_, let field),
             .unknownValue(_, let field, _, _), .invalidDate(_, let field, _), .unknownAgency(_, let field, _, _),
             .formerAgencyCode(_, let field, _, _), .invalidEmail(_, let field, _), .invalidPhone(_, let field, _),
             .malformedLogID(_, let field, _):
            field
        case .unknownOfficial: "officials"
        case .endBeforeStart: "end"
        case .reportBeforeContact: "report.filedOn"
        case .dueBeforeOpened: "due"
        case .linkToItself: "links"
        case .unknownContact: "contacts"
        case .invalidVersion: "version"
        case .duplicateID(let record): record.kind == .agency ? "code" : "id"
        case .unknownCounterpart, .asymmetricCounterpart: "counterparts"
        case .missingSources: "sources"
        case .formerCodeInUse: "formerly"
        }
    }
}
