import Testing
@testable import EnlaceModel

@Suite("What a contact's email and phones must look like")
struct ContactAddressFormatTests {
    @Test("a plain address and one with a subdomain are emails", arguments: ["ana.ruiz@fgr.gob.mx", "j@example.org"])
    func emails(_ text: String) {
        #expect(ContactAddressFormat.isEmail(text))
    }

    @Test("text without an @, a domain without a dot, or spaces is not an email",
          arguments: ["not-an-email", "ana@fgr", "ana @fgr.gob.mx", "@fgr.gob.mx", "ana@@fgr.gob.mx", "ana@fgr..mx"])
    func notEmails(_ text: String) {
        #expect(!ContactAddressFormat.isEmail(text))
    }

    @Test("international, local and extension forms are phones",
          arguments: ["+52 55 5550 0101", "(55) 5346-0000", "555.346.0000", "+1 202 555 0100 ext. 12", "+52 55 5346 0000 x7"])
    func phones(_ text: String) {
        #expect(ContactAddressFormat.isPhone(text))
    }

    @Test("letters, too few digits or an email are not phones",
          arguments: ["call Ana", "12345", "ana.ruiz@fgr.gob.mx", "+52 55 5550 0101 ext.", "5550101#"])
    func notPhones(_ text: String) {
        #expect(!ContactAddressFormat.isPhone(text))
    }

    @Test("the validator names the email and the phone an officer must fix")
    func validatorNamesTheFields() {
        let contact = Contact(id: "C-0001", name: "Ana Ruiz", agency: "FGR", phones: ["+52 55 5550 0101", "ask Beto"], email: "not-an-email")
        let errors = ContactValidator.validate(contact, registry: TestData.registry)
        #expect(errors == [
            .invalidEmail(record: .contact("C-0001"), field: "email", value: "not-an-email"),
            .invalidPhone(record: .contact("C-0001"), field: "phones", value: "ask Beto"),
        ])
    }

    @Test("an empty agency says the field is empty, not that no agency has the code \"\"")
    func emptyAgency() {
        let contact = Contact(id: "C-0001", name: "Ana Ruiz", agency: "")
        #expect(ContactValidator.validate(contact, registry: TestData.registry) == [.emptyField(record: .contact("C-0001"), field: "agency")])
    }
}
