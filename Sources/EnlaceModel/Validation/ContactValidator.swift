/// The rules of a liaison contact: the id's shape, a name, an email and phones an officer can
/// use, an agency of the registry under its current code.
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
        if !contact.email.isEmpty, !ContactAddressFormat.isEmail(contact.email) {
            errors.append(.invalidEmail(record: reference, field: "email", value: contact.email))
        }
        for phone in contact.phones where !ContactAddressFormat.isPhone(phone) {
            errors.append(.invalidPhone(record: reference, field: "phones", value: phone))
        }
        AgencyCodeCheck.check(contact.agency, field: "agency", record: reference, registry: registry, into: &errors)
        if contact.version < 1 {
            errors.append(.invalidVersion(record: reference, version: contact.version))
        }
        return errors
    }
}
