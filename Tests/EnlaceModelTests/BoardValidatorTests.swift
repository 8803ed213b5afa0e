import Testing
@testable import EnlaceModel

@Suite("Validation: a whole board")
struct BoardValidatorTests {
    func board(contacts: [Contact], cases: [Case]) -> BoardData {
        BoardData(
            board: Board(name: "Test", createdAt: Timestamp(day: TestData.today)), registry: TestData.registry,
            contacts: contacts, cases: cases)
    }

    @Test("a case's contacts are checked against the board's contacts")
    func contactsKnown() {
        let data = board(
            contacts: [Contact(id: "C-0001", name: "Ana", agency: "FGR")],
            cases: [TestData.makeCase(contacts: ["C-0001", "C-0009"])])
        #expect(BoardValidator.validate(data) == [.unknownContact(caseID: "MX-2026-0001", contactID: "C-0009")])
    }

    @Test("ids that repeat are reported, for contacts and cases")
    func duplicates() {
        let contact = Contact(id: "C-0001", name: "Ana", agency: "FGR")
        let data = board(contacts: [contact, contact], cases: [TestData.makeCase(), TestData.makeCase()])
        #expect(BoardValidator.validate(data) == [.duplicateID(record: .contact("C-0001")), .duplicateID(record: .case("MX-2026-0001"))])
    }
}
