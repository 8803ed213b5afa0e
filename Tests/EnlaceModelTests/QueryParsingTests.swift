import Testing
@testable import EnlaceModel

@Suite("Query: parsing and its errors")
struct QueryParsingTests {
    func error(_ text: String) -> QueryError? {
        do {
            _ = try Query.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("terms are parsed once, with needles already folded")
    func parsedTerms() throws {
        let query = try Query.parse("Fiscalía -status:closed tag:Señal due:<2026-12-01 overdue")
        #expect(query.terms == [
            QueryTerm(.word(FoldedText(folding: "fiscalia"))),
            QueryTerm(.status([.closed]), negated: true),
            QueryTerm(.tag([FoldedText(folding: "senal")])),
            QueryTerm(.due(DayTest(.less, .day(TestData.day("2026-12-01"))))),
            QueryTerm(.overdue),
        ])
    }

    @Test("a misspelt status names the value and lists the valid ones")
    func badStatus() {
        #expect(error("status:opne") == .unknownValue(field: "status", value: "opne", validValues: ["new", "active", "waiting", "closed"]))
    }

    @Test("a misspelt priority or marking lists the valid values")
    func badPriorityAndMarking() {
        #expect(error("priority:urgent") == .unknownValue(field: "priority", value: "urgent", validValues: Priority.validValues))
        #expect(error("marking:purple") == .unknownValue(field: "marking", value: "purple", validValues: Marking.validValues))
        #expect(error("marking:<=purple") == .unknownValue(field: "marking", value: "purple", validValues: Marking.validValues))
        #expect(error("country:US,CA") == .unknownValue(field: "country", value: "CA", validValues: ["US", "MX"]))
    }

    @Test("a date that is not a date names it: due:<tomorrowish")
    func badDate() {
        #expect(error("due:<tomorrowish") == .invalidDate(field: "due", value: "tomorrowish"))
        #expect(error("due:2026-02-30") == .invalidDate(field: "due", value: "2026-02-30"))
        #expect(error("opened:>2026-13") == .invalidDate(field: "opened", value: "2026-13"))
        #expect(error("due:--5d") == .invalidDate(field: "due", value: "--5d"))
    }

    @Test("an unknown field is named and the valid fields listed")
    func unknownField() {
        #expect(error("foo:bar") == .unknownField(field: "foo", validFields: QueryField.validNames))
        #expect(QueryField.validNames.contains("status"))
        #expect(QueryField.validNames.contains("overdue"))
    }

    @Test("a field with no value is an error that lists what it takes")
    func emptyValue() {
        #expect(error("status:") == .emptyValue(field: "status", validValues: Status.validValues))
        #expect(error("tag:") == .emptyValue(field: "tag", validValues: []))
        #expect(error("status:,") == .emptyValue(field: "status", validValues: Status.validValues))
        #expect(error("due:<") == .emptyValue(field: "due", validValues: QueryError.dateForms))
    }

    @Test("a comparison on a field without order is refused")
    func comparisonNotAllowed() {
        #expect(error("status:>new") == .comparisonNotAllowed(
            field: "status", value: ">new", comparableFields: ["priority", "marking", "due", "opened"]))
        #expect(error("tag:<x")?.offendingText == "<x")
    }

    @Test("an unterminated quote and a lone minus are errors")
    func quotesAndMinus() {
        #expect(error("fgr \"next week") == .unterminatedQuote(term: "\"next week"))
        #expect(error("fgr - dea") == .emptyTerm(term: "-"))
        #expect(error("\"\"") == .emptyTerm(term: "\"\""))
    }

    @Test("field names are case-insensitive; the error keeps the name as typed")
    func fieldCase() throws {
        #expect(try Query.parse("STATUS:Active").terms == [QueryTerm(.status([.active]))])
        #expect(error("Stat:x")?.offendingText == "Stat")
    }

    @Test("parsed against a registry, an unknown agency code is an error; a former one is not")
    func registryCheck() throws {
        #expect(throws: QueryError.unknownAgency(field: "agency", code: "DAE", validCodes: TestData.registry.codes)) {
            try Query.parse("agency:DAE", registry: TestData.registry)
        }
        #expect(throws: QueryError.unknownAgency(field: "lead", code: "XYZ", validCodes: TestData.registry.codes)) {
            try Query.parse("lead:DEA,XYZ", registry: TestData.registry)
        }
        _ = try Query.parse("agency:PGR lead:dea", registry: TestData.registry)
    }

    @Test("the fields that never apply to a record kind are listed once each")
    func applicability() throws {
        let query = try Query.parse("status:new agency:FGR -status:closed post:x")
        #expect(query.fieldsNotApplying(to: .contact) == [.status])
        #expect(query.fieldsNotApplying(to: .agency) == [.status, .post])
        #expect(query.fieldsNotApplying(to: .case) == [])
    }
}
