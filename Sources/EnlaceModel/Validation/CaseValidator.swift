/// The rules of a case beyond what decoding already enforces (the closed vocabularies, ISO
/// dates): the id's shape, a title, agencies of the registry under their current codes,
/// `due` not before `opened`, well-formed links and contacts.
public enum CaseValidator {
    /// Every rule `record` breaks, in field order; empty when it is valid.
    ///
    /// - Parameter knownContactIDs: the board's contact ids; when given, every contact the case
    ///   lists must be among them. Without it only their shape is checked.
    public static func validate(
        _ record: Case, registry: AgencyRegistry, knownContactIDs: Set<String>? = nil
    ) -> [ValidationError] {
        var errors: [ValidationError] = []
        let reference = RecordReference.case(record.id)
        if !IdentifierFormat.isCaseID(record.id) {
            errors.append(.malformedCaseID(record: reference, field: "id", value: record.id))
        }
        if record.title.trimmingSpaces.isEmpty {
            errors.append(.emptyField(record: reference, field: "title"))
        }
        if record.version < 1 {
            errors.append(.invalidVersion(record: reference, version: record.version))
        }
        AgencyCodeCheck.check(record.leadAgency, field: "leadAgency", record: reference, registry: registry, into: &errors)
        for code in record.agencies {
            AgencyCodeCheck.check(code, field: "agencies", record: reference, registry: registry, into: &errors)
        }
        for contactID in record.contacts {
            if !IdentifierFormat.isContactID(contactID) {
                errors.append(.malformedContactID(record: reference, field: "contacts", value: contactID))
            } else if let knownContactIDs, !knownContactIDs.contains(contactID) {
                errors.append(.unknownContact(caseID: record.id, contactID: contactID))
            }
        }
        if let due = record.due, due < record.opened {
            errors.append(.dueBeforeOpened(caseID: record.id, due: due, opened: record.opened))
        }
        for link in record.links {
            if !IdentifierFormat.isCaseID(link) {
                errors.append(.malformedCaseID(record: reference, field: "links", value: link))
            } else if link == record.id {
                errors.append(.linkToItself(caseID: record.id))
            }
        }
        return errors
    }
}
