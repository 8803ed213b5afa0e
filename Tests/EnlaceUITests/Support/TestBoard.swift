import Foundation
import EnlaceModel
import EnlaceText
@testable import EnlaceUI

/// A small fictional board for the UI tests: a dozen cases over several agencies, Spanish
/// accents, one CJK contact and one hostile title.
enum TestBoard {
    static let today = Day(year: 2026, month: 11, day: 29)!
    static let hostileTitle = "\u{1b}]0;x\u{07}\u{1b}[2J\u{9b}31m\r\u{202e}evil\u{200b}"

    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func at(_ text: String) -> Timestamp { Timestamp(iso: text)! }

    static let agencies: [Agency] = [
        agency("DEA", .us, "Drug Enforcement Administration", "Administración para el Control de Drogas",
               parent: ("Department of Justice", "Departamento de Justicia"),
               focus: ("drug trafficking, precursor chemicals", "narcotráfico, precursores químicos"),
               counterparts: ["FGR", "SEMAR", "SSPC"]),
        agency("FBI", .us, "Federal Bureau of Investigation", "Buró Federal de Investigaciones",
               parent: ("Department of Justice", "Departamento de Justicia"),
               focus: ("kidnapping, fugitives, corruption", "secuestro, prófugos, corrupción"),
               counterparts: ["FGR", "SSPC"]),
        agency("HSI", .us, "Homeland Security Investigations", "Investigaciones de Seguridad Nacional",
               parent: ("Department of Homeland Security (ICE)", "Departamento de Seguridad Nacional (ICE)"),
               focus: ("smuggling, human trafficking, money laundering", "contrabando, trata de personas, lavado de dinero"),
               counterparts: ["ANAM", "FGR", "UIF"]),
        agency("ATF", .us, "Bureau of Alcohol, Tobacco, Firearms and Explosives",
               "Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos",
               parent: ("Department of Justice", "Departamento de Justicia"),
               focus: ("firearms trafficking", "tráfico de armas"), counterparts: ["FGR", "ANAM"]),
        agency("USCG", .us, "U.S. Coast Guard", "Guardia Costera",
               parent: ("Department of Homeland Security", "Departamento de Seguridad Nacional"),
               focus: ("maritime interdiction", "interdicción marítima"), counterparts: ["SEMAR"]),
        agency("FGR", .mx, "Attorney General's Office", "Fiscalía General de la República",
               parent: ("autonomous", "autónoma"), focus: ("federal prosecution", "procuración de justicia federal"),
               counterparts: ["DEA", "FBI", "HSI", "ATF"],
               formerly: [FormerName(code: "PGR", name: "Procuraduría General de la República", until: day("2018-12-20"))]),
        agency("SEMAR", .mx, "Secretariat of the Navy", "Secretaría de Marina",
               parent: ("Federal Executive", "Ejecutivo Federal"), focus: ("navy, ports", "armada, puertos"),
               counterparts: ["DEA", "USCG"]),
        agency("SSPC", .mx, "Secretariat of Security and Citizen Protection", "Secretaría de Seguridad y Protección Ciudadana",
               parent: ("Federal Executive", "Ejecutivo Federal"), focus: ("public security", "seguridad pública"),
               counterparts: ["DEA", "FBI"]),
        agency("ANAM", .mx, "National Customs Agency of Mexico", "Agencia Nacional de Aduanas de México",
               parent: ("SHCP", "SHCP"), focus: ("customs", "aduanas"), counterparts: ["HSI", "ATF"]),
        agency("UIF", .mx, "Financial Intelligence Unit", "Unidad de Inteligencia Financiera",
               parent: ("SHCP", "SHCP"), focus: ("financial intelligence", "inteligencia financiera"), counterparts: ["HSI"]),
    ]

    static func agency(
        _ code: String, _ country: Country, _ en: String, _ es: String, parent: (String, String),
        focus: (String, String), counterparts: [String], formerly: [FormerName] = []
    ) -> Agency {
        Agency(code: code, country: country, name: LocalizedText(en: en, es: es),
               parent: LocalizedText(en: parent.0, es: parent.1), focus: LocalizedText(en: focus.0, es: focus.1),
               counterparts: counterparts, formerly: formerly, sources: ["reference/agencies.md"])
    }

    static let contacts: [Contact] = [
        Contact(id: "C-0001", name: "María José Peña Ávila", agency: "FGR", role: "Fiscal de enlace", post: "Mexico City",
                phones: ["+52 55 5346 0000"], email: "mj.pena@example.mx", languages: ["es", "en"],
                notes: "Prefiere llamadas por la mañana.", lastContact: at("2026-11-20T16:00:00Z")),
        Contact(id: "C-0002", name: "Tom Whitaker", agency: "DEA", role: "Country attaché", post: "Mexico City",
                phones: ["+52 55 5080 2000"], email: "t.whitaker@example.gov", languages: ["en", "es"],
                lastContact: at("2026-11-25T18:30:00Z")),
        Contact(id: "C-0003", name: "Capitán Íñigo Núñez", agency: "SEMAR", role: "Enlace naval", post: "Mérida",
                languages: ["es"], lastContact: at("2026-10-02T15:00:00Z")),
        Contact(id: "C-0004", name: "王小明 (Wang Xiaoming)", agency: "ANAM", role: "Analista de aduanas", post: "Tijuana",
                phones: ["+52 664 000 0000"], languages: ["zh", "es", "en"]),
        Contact(id: "C-0005", name: "Dana Ruiz", agency: "HSI", role: "Special agent", post: "Tijuana",
                email: "d.ruiz@example.gov", languages: ["en", "es"], lastContact: at("2026-11-28T20:00:00Z")),
        Contact(id: "C-0006", name: "Lucía Gómez", agency: "UIF", role: "Analista financiera", post: "Mexico City",
                languages: ["es"]),
        Contact(id: "C-0007", name: "Paul Becker", agency: "FBI", role: "Legal attaché", post: "Monterrey",
                languages: ["en"], lastContact: at("2026-09-14T14:00:00Z")),
    ]

    static func makeCase(
        _ number: Int, _ title: String, status: Status = .active, priority: Priority = .medium,
        marking: Marking = .amber, lead: String, agencies: [String] = [], contacts: [String] = [],
        due: String? = nil, links: [String] = [], notes: [Note] = [], summary: String = "", nextAction: String = "",
        tags: [String] = [], post: String = "Mexico City", updated: String = "2026-11-01T12:00:00Z", titleEs: String? = nil
    ) -> Case {
        Case(id: String(format: "MX-2026-%04d", number), title: title, titleEs: titleEs, summary: summary,
             status: status, priority: priority, marking: marking, releasableToMexico: marking <= .green,
             leadAgency: lead, agencies: agencies, contacts: contacts, tags: tags, region: "", post: post,
             opened: day("2026-01-15").adding(days: number * 9), due: due.map(day), nextAction: nextAction,
             links: links, notes: notes, createdAt: at("2026-01-15T12:00:00Z"), createdBy: "tester",
             updatedAt: at(updated), updatedBy: "tester")
    }

    static let cases: [Case] = [
        makeCase(1, "Fentanyl precursor shipments through Manzanillo", priority: .critical, marking: .red, lead: "DEA",
                 agencies: ["SEMAR", "FGR"], contacts: ["C-0002", "C-0003", "C-0001"], due: "2026-11-20",
                 links: ["MX-2026-0004"],
                 notes: [Note(at: at("2026-11-10T15:00:00Z"), author: "twhitaker", text: "SEMAR confirmed the container numbers."),
                         Note(at: at("2026-11-22T17:30:00Z"), author: "mjpena", text: "La Fiscalía solicitó la cadena de custodia completa antes del viernes.", releasableToMexico: true)],
                 summary: "Precursor chemicals declared as industrial solvents arrive at Manzanillo and move north by road. SEMAR inspects; FGR prosecutes.",
                 nextAction: "Send the lab results to the FGR liaison prosecutor", tags: ["fentanyl", "precursors"],
                 updated: "2026-11-22T17:30:00Z", titleEs: "Envíos de precursores de fentanilo por Manzanillo"),
        makeCase(2, "Extradition request: Sinaloa money launderer", status: .waiting, priority: .high, lead: "FBI",
                 agencies: ["FGR", "SSPC"], contacts: ["C-0007", "C-0001"], due: "2026-12-03",
                 summary: "Waiting on the SRE diplomatic note.", nextAction: "Follow up with FGR on the provisional arrest warrant",
                 updated: "2026-11-27T09:00:00Z"),
        makeCase(3, "Firearms trafficking via Nogales port of entry", priority: .high, marking: .green, lead: "ATF",
                 agencies: ["ANAM", "FGR"], due: "2026-12-15", tags: ["firearms"], post: "Nogales"),
        makeCase(4, "Lavado de dinero en casas de cambio de Tijuana", priority: .medium, lead: "HSI",
                 agencies: ["UIF", "FGR"], contacts: ["C-0005", "C-0006"], due: "2026-11-30", links: ["MX-2026-0001"],
                 summary: "Operaciones estructuradas en casas de cambio; la UIF identificó 14 cuentas.",
                 post: "Tijuana", updated: "2026-11-28T20:00:00Z"),
        makeCase(5, "Maritime interdiction off Yucatán", status: .new, priority: .low, marking: .clear, lead: "USCG",
                 agencies: ["SEMAR"], contacts: ["C-0003"], post: "Mérida"),
        makeCase(6, hostileTitle, status: .active, priority: .medium, lead: "DEA", due: "2027-01-10",
                 summary: "Imported record with control characters\u{1b}[31m in it."),
        makeCase(7, "Kidnapping for ransom, Monterrey", priority: .critical, marking: .amberStrict, lead: "FBI",
                 agencies: ["SSPC"], contacts: ["C-0007"], due: "2026-11-25", post: "Monterrey"),
        makeCase(8, "Customs fraud: textile imports", status: .closed, priority: .low, marking: .green, lead: "HSI",
                 agencies: ["ANAM"], contacts: ["C-0004"], due: "2026-10-01", post: "Tijuana"),
        makeCase(9, "Cooperación con la Fiscalía en Ciudad Juárez", status: .waiting, priority: .medium, lead: "FBI",
                 agencies: ["FGR"], contacts: ["C-0001"], due: "2026-12-20", post: "Ciudad Juárez"),
        makeCase(10, "Precursor labs in Sinaloa: SEMAR raids", priority: .high, marking: .red, lead: "DEA",
                 agencies: ["SEMAR", "SSPC"], contacts: ["C-0003"], due: "2026-12-02", tags: ["fentanyl"]),
        makeCase(11, "Counterfeit currency ring", status: .new, priority: .medium, marking: .green, lead: "HSI",
                 agencies: ["UIF"], post: "Guadalajara"),
        makeCase(12, "Vetted unit training, Hermosillo", status: .active, priority: .low, marking: .clear, lead: "DEA",
                 due: "2027-02-01", post: "Hermosillo"),
    ]

    static let data = BoardData(
        board: Board(name: "Enlace test board (fictional)", createdAt: at("2026-01-01T00:00:00Z")),
        registry: AgencyRegistry(agencies), contacts: contacts, cases: cases)

    static func state(
        width: Int = 80, height: Int = 24, language: Language = .en, writeRefusal: DisabledReason? = nil,
        keymap: Keymap? = nil
    ) -> AppState {
        AppState(data: data, size: ScreenSize(width: width, height: height), language: language, today: today,
                 writeRefusal: writeRefusal, keymap: keymap)
    }
}

extension TestBoard {
    /// `data` after other officers saved: the second case retitled and made low priority, the
    /// fourth gone, and a new one, `MX-2026-9999`, about a precursor shipment.
    static func afterOthersSaved(_ data: BoardData) -> BoardData {
        var data = data
        data.cases[1].title = "Zebra crossing seizure"
        data.cases[1].priority = .low
        data.cases[1].version += 1
        var arrived = data.cases.remove(at: 3)
        arrived.id = "MX-2026-9999"
        arrived.title = "Precursor zebra shipment"
        data.cases.append(arrived)
        return data
    }
}

/// The ids the cases pane lists, in its order.
func listedCaseIDs(_ state: AppState) -> [String] { state.lists.cases.items.map { state.data.cases[$0].id } }
