import Testing
@testable import EnlaceModel

@Suite("Validation errors name the record and the field")
struct ValidationErrorTests {
    @Test("record and field come from every kind of error")
    func recordAndField() {
        let due = ValidationError.dueBeforeOpened(caseID: "MX-2026-0001", due: TestData.day("2026-01-01"), opened: TestData.day("2026-02-01"))
        #expect(due.record == .case("MX-2026-0001"))
        #expect(due.field == "due")
        #expect(ValidationError.asymmetricCounterpart(agency: "FBI", counterpart: "SEMAR").record == .agency("FBI"))
        #expect(ValidationError.asymmetricCounterpart(agency: "FBI", counterpart: "SEMAR").field == "counterparts")
        #expect(ValidationError.duplicateID(record: .agency("FBI")).field == "code")
        #expect(ValidationError.unknownContact(caseID: "MX-2026-0001", contactID: "C-0009").field == "contacts")
    }

    @Test("status, priority, marking and country parse loosely and list their valid values")
    func vocabulary() {
        #expect(Status(parsing: " Waiting ") == .waiting)
        #expect(Status(parsing: "opne") == nil)
        #expect(Status.validValues == ["new", "active", "waiting", "closed"])
        #expect(Priority(parsing: "CRITICAL") == .critical)
        #expect(Priority.validValues == ["low", "medium", "high", "critical"])
        #expect(Marking(parsing: "amber+strict") == .amberStrict)
        #expect(Marking(parsing: "TLP:GREEN") == .green)
        #expect(Marking(parsing: "TLP:PURPLE") == nil)
        #expect(Marking.validValues == ["TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"])
        #expect(Country(parsing: "mx") == .mx)
    }

    @Test("the registry tells a former code from a current one")
    func formerCodes() {
        #expect(TestData.registry.isFormerCode("pgr"))
        #expect(!TestData.registry.isFormerCode("FGR"))
        #expect(!TestData.registry.isFormerCode("ZZZ"))
    }
}
