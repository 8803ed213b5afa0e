/// The rules of a liaison contact: the id's shape, a name, an agency of the registry under
/// its current code.
public enum ContactValidator {
    /// Every rule `contact` breaks; empty when it is valid.
    public static func validate(_ contact: Contact, registry: AgencyRegistry) -> [ValidationError] {
        var errors: [ValidationError] = []
        let reference = RecordReference.contact(contact.id)
        if !IdentifierFormat.isContactID(contact.id) {
            errors.append(.malformedContactID(record: reference, field: "id", value: contact.id))
        }
        if contact.name.trimmingSpaces.isEmpty {
            errors.append(.emptyField(record: reference, field: "name"))
        }
        AgencyCodeCheck.check(contact.agency, field: "agency", record: reference, registry: registry, into: &errors)
        if contact.version < 1 {
            errors.append(.invalidVersion(record: reference, version: contact.version))
        }
        return errors
    }
}
