@testable import EnlaceModel

/// A small registry and case builder for the model tests: enough agencies for counterparts
/// and one name history (PGR → FGR), not the full registry of Fixtures/.
enum TestData {
    static func agency(
        _ code: String, _ country: Country, en: String, es: String, counterparts: [String],
        formerly: [FormerName] = [], focus: String = ""
    ) -> Agency {
        Agency(
            code: code, country: country, name: LocalizedText(en: en, es: es),
            parent: LocalizedText(en: "Department", es: "Departamento"),
            focus: LocalizedText(en: focus, es: focus), counterparts: counterparts, formerly: formerly,
            sources: ["reference/agencies.md"])
    }

    static let agencies: [Agency] = [
        agency("DEA", .us, en: "Drug Enforcement Administration", es: "Administración para el Control de Drogas",
               counterparts: ["FGR", "SEMAR"], focus: "drug trafficking, precursor chemicals"),
        agency("FBI", .us, en: "Federal Bureau of Investigation", es: "Buró Federal de Investigaciones",
               counterparts: ["FGR"], focus: "kidnapping, fugitives"),
        agency("HSI", .us, en: "Homeland Security Investigations", es: "Investigaciones de Seguridad Nacional",
               counterparts: ["FGR"], focus: "smuggling"),
        agency("FGR", .mx, en: "Attorney General's Office", es: "Fiscalía General de la República",
               counterparts: ["DEA", "FBI", "HSI"],
               formerly: [FormerName(code: "PGR", name: "Procuraduría General de la República", until: Day(iso: "2018-12-20"))]),
        agency("SEMAR", .mx, en: "Secretariat of the Navy", es: "Secretaría de Marina", counterparts: ["DEA"]),
    ]

    static let registry = AgencyRegistry(agencies)
    static let today = Day(iso: "2026-06-15")!
    static let context = QueryContext(registry: registry, today: today)

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func makeCase(
        _ id: String = "MX-2026-0001", title: String = "Precursor shipment at Manzanillo",
        status: Status = .active, priority: Priority = .medium, marking: Marking = .amber,
        lead: String = "DEA", agencies: [String] = ["FGR"], contacts: [String] = [], tags: [String] = [],
        region: String = "Colima", post: String = "Mexico City", opened: String = "2026-01-10",
        due: String? = "2026-07-01", nextAction: String = "", links: [String] = [], notes: [String] = [],
        titleEs: String? = nil, summary: String = ""
    ) -> Case {
        let created = Timestamp(day: day(opened), hour: 9)
        return Case(
            id: id, title: title, titleEs: titleEs, summary: summary, status: status, priority: priority,
            marking: marking, leadAgency: lead, agencies: agencies, contacts: contacts, tags: tags, region: region,
            post: post, opened: day(opened), due: due.map(day), nextAction: nextAction, links: links,
            notes: notes.map { Note(at: created, author: "jdoe", text: $0) }, createdAt: created, createdBy: "jdoe")
    }

    static func matches(_ text: String, _ record: Case) throws -> Bool {
        try Query.parse(text).matches(record, context)
    }
}
