import Testing
@testable import EnlaceModel

@Suite("Validation: cases")
struct CaseValidatorTests {
    func errors(_ record: Case, contacts: Set<String>? = nil) -> [ValidationError] {
        CaseValidator.validate(record, registry: TestData.registry, knownContactIDs: contacts)
    }

    @Test("a well-formed case has no errors")
    func valid() {
        #expect(errors(TestData.makeCase(contacts: ["C-0001"], links: ["MX-2025-0100"]), contacts: ["C-0001"]) == [])
    }

    @Test("a case id must be MX-YYYY-NNNN", arguments: ["MX-26-0001", "mx-2026-0001", "MX-2026-001", "MX-2026-00001", "US-2026-0001", "MX-2O26-0001", ""])
    func caseID(id: String) {
        #expect(errors(TestData.makeCase(id)) == [.malformedCaseID(record: .case(id), field: "id", value: id)])
    }

    @Test("a title of only spaces is empty")
    func emptyTitle() {
        let error = ValidationError.emptyField(record: .case("MX-2026-0001"), field: "title")
        #expect(errors(TestData.makeCase(title: "  \n")) == [error])
        #expect(errors(TestData.makeCase(title: "")) == [error])
    }

    @Test("the lead agency must be in the registry; the error lists the known codes")
    func unknownLead() {
        #expect(errors(TestData.makeCase(lead: "DAE")) == [
            .unknownAgency(record: .case("MX-2026-0001"), field: "leadAgency", code: "DAE", known: TestData.registry.codes),
        ])
    }

    @Test("participating agencies must be in the registry")
    func unknownParticipant() {
        #expect(errors(TestData.makeCase(agencies: ["FGR", "XYZ"])).map(\.field) == ["agencies"])
    }

    @Test("a former code is refused and the error names its successor")
    func formerCode() {
        #expect(errors(TestData.makeCase(agencies: ["PGR"])) == [
            .formerAgencyCode(record: .case("MX-2026-0001"), field: "agencies", code: "PGR", successor: "FGR"),
        ])
        #expect(errors(TestData.makeCase(lead: "pgr", agencies: [])).first?.field == "leadAgency")
    }

    @Test("codes are read without regard to case, as the registry reads them")
    func codeCase() {
        #expect(errors(TestData.makeCase(lead: "dea", agencies: ["fgr"])) == [])
    }

    @Test("due may not be before opened; the same day is fine")
    func dueBeforeOpened() {
        #expect(errors(TestData.makeCase(opened: "2026-03-01", due: "2026-02-28")) == [
            .dueBeforeOpened(caseID: "MX-2026-0001", due: TestData.day("2026-02-28"), opened: TestData.day("2026-03-01")),
        ])
        #expect(errors(TestData.makeCase(opened: "2026-03-01", due: "2026-03-01")) == [])
        #expect(errors(TestData.makeCase(due: nil)) == [])
    }

    @Test("linked case ids must be well-formed and not the case itself")
    func links() {
        #expect(errors(TestData.makeCase(links: ["MX-2026-12", "MX-2026-0001"])) == [
            .malformedCaseID(record: .case("MX-2026-0001"), field: "links", value: "MX-2026-12"),
            .linkToItself(caseID: "MX-2026-0001"),
        ])
    }

    @Test("listed contacts must be well-formed, and known when the board's contacts are given")
    func contacts() {
        let record = TestData.makeCase(contacts: ["C-0001", "C-0002", "C-12"])
        #expect(errors(record) == [.malformedContactID(record: .case("MX-2026-0001"), field: "contacts", value: "C-12")])
        #expect(errors(record, contacts: ["C-0001"]) == [
            .unknownContact(caseID: "MX-2026-0001", contactID: "C-0002"),
            .malformedContactID(record: .case("MX-2026-0001"), field: "contacts", value: "C-12"),
        ])
    }

    @Test("a version below 1 is refused")
    func version() {
        var record = TestData.makeCase()
        record.version = 0
        #expect(errors(record) == [.invalidVersion(record: .case("MX-2026-0001"), version: 0)])
    }

    @Test("every broken rule is reported, not only the first")
    func several() {
        let record = TestData.makeCase("bad", title: "", lead: "PGR", opened: "2026-03-01", due: "2026-01-01")
        #expect(errors(record).map(\.field) == ["id", "title", "leadAgency", "due"])
    }
}
