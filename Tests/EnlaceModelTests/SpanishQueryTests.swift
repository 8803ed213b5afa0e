import Testing
@testable import EnlaceModel

/// The Spanish board shows "activo", "en espera", "ESTADO", "LÍDER": a query takes those words
/// as well as the English ones, in any language mode.
@Suite("Query: Spanish field names and values")
struct SpanishQueryTests {
    private func terms(_ text: String) throws -> [QueryTerm] { try Query.parse(text).terms }

    @Test("Spanish field names are the English fields", arguments: [
        ("estado:activo", "status:active"), ("ESTADO:Activo", "status:active"), ("prioridad:alta", "priority:high"),
        ("prioridad:>=crítica", "priority:>=critical"), ("líder:DEA", "lead:DEA"), ("lider:dea", "lead:DEA"),
        ("dependencia:FGR", "agency:FGR"), ("etiqueta:fentanilo", "tag:fentanilo"), ("sede:Tijuana", "post:Tijuana"),
        ("vence:<hoy", "due:<today"), ("límite:<=mañana", "due:<=tomorrow"), ("abierto:>=ayer", "opened:>=yesterday"),
        ("país:MX", "country:MX"), ("marcado:amber", "marking:amber"), ("vencidos", "overdue"), ("-vencido", "-overdue"),
    ])
    func fieldNames(spanish: String, english: String) throws {
        #expect(try terms(spanish) == terms(english))
    }

    @Test("the statuses and priorities as the Spanish board shows them", arguments: [
        ("status:nuevo", Status.new), ("status:activo", .active), ("status:\"en espera\"", .waiting),
        ("status:en-espera", .waiting), ("status:espera", .waiting), ("status:cerrado", .closed),
    ])
    func statuses(query: String, status: Status) throws {
        #expect(try terms(query) == [QueryTerm(.status([status]))])
    }

    @Test("a Spanish value in a list, mixed with an English one")
    func mixedList() throws {
        #expect(try terms("estado:activo,waiting") == [QueryTerm(.status([.active, .waiting]))])
        #expect(try terms("prioridad:baja,media") == [QueryTerm(.priority(.oneOf([.low, .medium])))])
    }

    @Test("an unknown Spanish-looking name is still an unknown field, named as typed")
    func unknown() {
        #expect(throws: QueryError.unknownField(field: "estatus", validFields: QueryField.validNames)) {
            try Query.parse("estatus:activo")
        }
    }

    @Test("one grammar of days for forms and queries: ayer, +2s, and signed offsets only in forms")
    func days() {
        let today = TestData.day("2026-11-29")
        #expect(DayExpression.parse("ayer") == .relative(days: -1))
        #expect(DayExpression.parse("Yesterday") == .relative(days: -1))
        #expect(DayExpression.parse("+2s") == .relative(days: 14))
        #expect(DayExpression.parse("3d") == .relative(days: 3))
        #expect(DayExpression.parse("3d", unsignedOffsets: false) == nil)
        #expect(DateInput.parse("ayer", today: today) == .day(TestData.day("2026-11-28")))
        #expect(DateInput.parse("yesterday", today: today) == .day(TestData.day("2026-11-28")))
    }
}
