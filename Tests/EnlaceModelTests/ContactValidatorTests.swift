import Testing
@testable import EnlaceModel

@Suite("Validation: contacts")
struct ContactValidatorTests {
    func errors(_ contact: Contact) -> [ValidationError] {
        ContactValidator.validate(contact, registry: TestData.registry)
    }

    @Test("a well-formed contact has no errors")
    func valid() {
        #expect(errors(Contact(id: "C-0042", name: "Ana Pérez", agency: "FGR")) == [])
    }

    @Test("a contact id must be C-NNNN", arguments: ["C-42", "c-0042", "C-00042", "K-0042", "C0042"])
    func contactID(id: String) {
        #expect(errors(Contact(id: id, name: "Ana", agency: "FGR")) == [.malformedContactID(record: .contact(id), field: "id", value: id)])
    }

    @Test("a contact needs a name")
    func name() {
        #expect(errors(Contact(id: "C-0042", name: " ", agency: "FGR")) == [.emptyField(record: .contact("C-0042"), field: "name")])
    }

    @Test("a contact's agency must be a current code of the registry")
    func agency() {
        #expect(errors(Contact(id: "C-0042", name: "Ana", agency: "PGR")) == [
            .formerAgencyCode(record: .contact("C-0042"), field: "agency", code: "PGR", successor: "FGR"),
        ])
        #expect(errors(Contact(id: "C-0042", name: "Ana", agency: "NSA")) == [
            .unknownAgency(record: .contact("C-0042"), field: "agency", code: "NSA", known: TestData.registry.codes),
        ])
    }
}
