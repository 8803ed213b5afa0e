import Testing
@testable import EnlaceModel

@Suite("Query: contacts and agencies")
struct RecordQueryTests {
    let contact = Contact(
        id: "C-0007", name: "Lucía Ramírez", agency: "FGR", role: "Fiscal de enlace", post: "Mérida",
        email: "lramirez@example.mx")

    func matches(_ text: String, _ contact: Contact) throws -> Bool {
        try Query.parse(text).matches(contact, TestData.context)
    }

    func matches(_ text: String, _ agency: Agency) throws -> Bool {
        try Query.parse(text).matches(agency, TestData.context)
    }

    @Test("contact free words search name, role, post, email and agency, accent-insensitively",
          arguments: ["lucia", "RAMIREZ", "fiscal", "merida", "example.mx", "fgr", "c-0007"])
    func contactWords(word: String) throws {
        #expect(try matches(word, contact))
    }

    @Test("contact agency: resolves former codes, post: is contained")
    func contactFields() throws {
        #expect(try matches("agency:FGR", contact))
        #expect(try matches("agency:PGR", contact))
        #expect(try !matches("agency:DEA", contact))
        #expect(try matches("post:merida", contact))
        #expect(try !matches("post:tijuana", contact))
    }

    @Test("a case-only field does not match a contact, and its negation does")
    func contactCaseField() throws {
        #expect(try !matches("status:active", contact))
        #expect(try matches("-status:active", contact))
    }

    @Test("agency free words search code, names in both languages, focus and former names",
          arguments: ["fgr", "fiscalia general", "attorney general", "pgr", "procuraduria"])
    func agencyWords(word: String) throws {
        let fgr = try #require(TestData.registry.agency("FGR"))
        #expect(try matches(word, fgr))
    }

    @Test("agency: finds an agency by its code or a former one; country: by its country")
    func agencyFields() throws {
        let fgr = try #require(TestData.registry.agency("FGR"))
        let dea = try #require(TestData.registry.agency("DEA"))
        #expect(try matches("agency:PGR", fgr))
        #expect(try matches("agency:fgr", fgr))
        #expect(try !matches("agency:PGR", dea))
        #expect(try matches("country:mx", fgr))
        #expect(try !matches("country:MX", dea))
        #expect(try matches("country:US drug", dea))
    }

    @Test("a case-only field does not match an agency")
    func agencyCaseField() throws {
        let dea = try #require(TestData.registry.agency("DEA"))
        #expect(try !matches("overdue", dea))
        #expect(try !matches("tag:x", dea))
    }
}
