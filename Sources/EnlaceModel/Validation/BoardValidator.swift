/// Every rule of a whole data directory, for `enlace check`: the registry, each contact,
/// each case (its contacts among the board's), and ids that repeat.
public enum BoardValidator {
    /// Every rule `data` breaks: registry first, then contacts, then cases, each in file order.
    public static func validate(_ data: BoardData) -> [ValidationError] {
        var errors = RegistryValidator.validate(data.registry)
        var contactIDs: Set<String> = []
        for contact in data.contacts {
            if !contactIDs.insert(contact.id).inserted { errors.append(.duplicateID(record: .contact(contact.id))) }
            errors += ContactValidator.validate(contact, registry: data.registry)
        }
        var caseIDs: Set<String> = []
        for record in data.cases {
            if !caseIDs.insert(record.id).inserted { errors.append(.duplicateID(record: .case(record.id))) }
            errors += CaseValidator.validate(record, registry: data.registry, knownContactIDs: contactIDs)
        }
        return errors
    }
}
