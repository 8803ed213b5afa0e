import Testing
@testable import EnlaceModel

@Suite("Query: matching cases")
struct QueryMatchingTests {
    let fiscalia = TestData.makeCase(
        title: "Entrega controlada con la Fiscalía", tags: ["fentanyl", "Señal"], region: "Yucatán", post: "Mérida",
        nextAction: "Call back next week", notes: ["Llamada con el enlace de SEMAR"], titleEs: "Entrega controlada")

    @Test("an empty query matches every case")
    func empty() throws {
        #expect(try TestData.matches("", fiscalia))
        #expect(try TestData.matches("   ", fiscalia))
    }

    @Test("free words ignore accents and case, both ways", arguments: ["fiscalia", "FISCALÍA", "senal", "SEÑAL", "yucatan", "merida"])
    func accents(word: String) throws {
        #expect(try TestData.matches(word, fiscalia))
    }

    @Test("free words search id, title, tags, next action, region, post, agencies and notes",
          arguments: ["mx-2026-0001", "controlada", "fentanyl", "call back", "colima", "dea", "fgr", "enlace de semar"])
    func fields(word: String) throws {
        let record = TestData.makeCase(
            title: "Entrega controlada", tags: ["fentanyl"], region: "Colima", nextAction: "Call back",
            notes: ["Llamada con el enlace de SEMAR"])
        #expect(try TestData.matches(word, record))
    }

    @Test("free words also search the Spanish title and the summaries")
    func spanishTexts() throws {
        let record = TestData.makeCase(title: "Shipment", titleEs: "Cargamento", summary: "Pills in tequila bottles")
        #expect(try TestData.matches("cargamento", record))
        #expect(try TestData.matches("tequila", record))
    }

    @Test("every word must match")
    func allWords() throws {
        #expect(try TestData.matches("fiscalia merida", fiscalia))
        #expect(try !TestData.matches("fiscalia tijuana", fiscalia))
    }

    @Test("a quoted phrase is one word, spaces included")
    func phrase() throws {
        #expect(try TestData.matches("\"next week\"", fiscalia))
        #expect(try !TestData.matches("\"week next\"", fiscalia))
    }

    @Test("a word does not match across two fields")
    func acrossFields() throws {
        let record = TestData.makeCase(title: "alpha", tags: ["beta"])
        #expect(try !TestData.matches("\"alpha beta\"", record))
    }

    @Test("a leading minus negates a word or a field term")
    func negation() throws {
        #expect(try !TestData.matches("-fiscalia", fiscalia))
        #expect(try TestData.matches("-tijuana", fiscalia))
        #expect(try TestData.matches("-status:closed", fiscalia))
        #expect(try !TestData.matches("-status:active", fiscalia))
    }

    @Test("status: is one of the listed statuses")
    func status() throws {
        let waiting = TestData.makeCase(status: .waiting)
        #expect(try TestData.matches("status:waiting", waiting))
        #expect(try TestData.matches("status:WAITING", waiting))
        #expect(try TestData.matches("status:new,waiting", waiting))
        #expect(try !TestData.matches("status:active", waiting))
    }

    @Test("priority: takes a list or a comparison")
    func priority() throws {
        let high = TestData.makeCase(priority: .high)
        #expect(try TestData.matches("priority:high", high))
        #expect(try TestData.matches("priority:>=high", high))
        #expect(try TestData.matches("priority:>medium", high))
        #expect(try !TestData.matches("priority:>high", high))
        #expect(try !TestData.matches("priority:low,critical", high))
    }

    @Test("marking: accepts TLP:AMBER, amber, tlp:amber, and comparisons")
    func marking() throws {
        let amber = TestData.makeCase(marking: .amber)
        for query in ["marking:TLP:AMBER", "marking:amber", "TLP:AMBER", "marking:<=amber", "marking:>green", "marking:green,amber"] {
            #expect(try TestData.matches(query, amber), "\(query)")
        }
        for query in ["marking:amber+strict", "marking:<amber", "marking:>=amber+strict", "marking:red"] {
            #expect(try !TestData.matches(query, amber), "\(query)")
        }
        #expect(try TestData.matches("marking:amber+strict", TestData.makeCase(marking: .amberStrict)))
    }

    @Test("agency: finds the lead and participating agencies")
    func agency() throws {
        let record = TestData.makeCase(lead: "DEA", agencies: ["FGR", "SEMAR"])
        #expect(try TestData.matches("agency:DEA", record))
        #expect(try TestData.matches("agency:semar", record))
        #expect(try !TestData.matches("agency:FBI", record))
        #expect(try TestData.matches("agency:FBI,SEMAR", record))
    }

    @Test("a former code finds its successor: agency:PGR finds FGR cases")
    func formerCode() throws {
        #expect(try TestData.matches("agency:PGR", TestData.makeCase(agencies: ["FGR"])))
        #expect(try TestData.matches("lead:pgr", TestData.makeCase(lead: "FGR", agencies: [])))
        #expect(try !TestData.matches("agency:PGR", TestData.makeCase(agencies: ["SEMAR"])))
    }

    @Test("a case still written with a former code is found by the current one")
    func oldFile() throws {
        #expect(try TestData.matches("agency:FGR", TestData.makeCase(agencies: ["PGR"])))
    }

    @Test("lead: is only the lead agency")
    func lead() throws {
        let record = TestData.makeCase(lead: "DEA", agencies: ["FGR"])
        #expect(try TestData.matches("lead:DEA", record))
        #expect(try !TestData.matches("lead:FGR", record))
    }

    @Test("tag: is a whole tag, folded")
    func tag() throws {
        #expect(try TestData.matches("tag:fentanyl", fiscalia))
        #expect(try TestData.matches("tag:senal", fiscalia))
        #expect(try TestData.matches("tag:FENTANYL", fiscalia))
        #expect(try !TestData.matches("tag:fent", fiscalia))
    }

    @Test("region: and post: are contained, folded: post:merida finds Mérida")
    func regionAndPost() throws {
        #expect(try TestData.matches("post:merida", fiscalia))
        #expect(try TestData.matches("post:mer", fiscalia))
        #expect(try TestData.matches("region:yucatan", fiscalia))
        #expect(try !TestData.matches("post:tijuana", fiscalia))
        let juarez = TestData.makeCase(post: "Ciudad Juárez")
        #expect(try TestData.matches("post:\"ciudad juarez\"", juarez))
        #expect(try TestData.matches("post:juarez", juarez))
    }

    @Test("due: compares with <, <=, =, >=, >; a case without a due day never matches")
    func due() throws {
        let record = TestData.makeCase(due: "2026-07-01")
        #expect(try TestData.matches("due:<2026-12-01", record))
        #expect(try !TestData.matches("due:<2026-07-01", record))
        #expect(try TestData.matches("due:<=2026-07-01", record))
        #expect(try TestData.matches("due:2026-07-01", record))
        #expect(try TestData.matches("due:>=2026-07-01", record))
        #expect(try !TestData.matches("due:>2026-07-01", record))
        #expect(try TestData.matches("due:>2026-06-30", record))
        let undated = TestData.makeCase(due: nil)
        #expect(try !TestData.matches("due:<2030-01-01", undated))
        #expect(try !TestData.matches("due:>2000-01-01", undated))
        #expect(try TestData.matches("-due:<2030-01-01", undated))
    }

    @Test("due: counts today, tomorrow and +Nd from the context's today")
    func relativeDue() throws {
        // Today is 2026-06-15 in TestData.context.
        let record = TestData.makeCase(due: "2026-06-20")
        #expect(try TestData.matches("due:<=+5d", record))
        #expect(try !TestData.matches("due:<+5d", record))
        #expect(try TestData.matches("due:>today", record))
        #expect(try TestData.matches("due:<+1w", record))
        #expect(try TestData.matches("due:2026-06-16", TestData.makeCase(due: "2026-06-16")) == TestData.matches("due:tomorrow", TestData.makeCase(due: "2026-06-16")))
    }

    @Test("opened: compares like due:")
    func opened() throws {
        let record = TestData.makeCase(opened: "2026-01-10")
        #expect(try TestData.matches("opened:<2026-02-01", record))
        #expect(try !TestData.matches("opened:>2026-02-01", record))
    }

    @Test("overdue: still open and due before today")
    func overdue() throws {
        #expect(try TestData.matches("overdue", TestData.makeCase(status: .waiting, due: "2026-06-14")))
        #expect(try !TestData.matches("overdue", TestData.makeCase(status: .waiting, due: "2026-06-15")))
        #expect(try !TestData.matches("overdue", TestData.makeCase(status: .closed, due: "2026-01-01")))
        #expect(try !TestData.matches("overdue", TestData.makeCase(due: nil)))
        #expect(try TestData.matches("-overdue", TestData.makeCase(due: nil)))
    }

    @Test("\"overdue\" in quotes is a word, not the keyword")
    func quotedOverdue() throws {
        let record = TestData.makeCase(title: "Overdue extradition paperwork", due: nil)
        #expect(try TestData.matches("\"overdue\"", record))
        #expect(try !TestData.matches("overdue", record))
    }

    @Test("country: does not apply to cases, so it never matches one")
    func countryOnCase() throws {
        #expect(try !TestData.matches("country:MX", fiscalia))
        #expect(try TestData.matches("-country:MX", fiscalia))
    }

    @Test("a word with a colon that is not a field name is searched as text")
    func colonWords() throws {
        let record = TestData.makeCase(title: "Meeting at 10:30")
        #expect(try TestData.matches("10:30", record))
        #expect(try TestData.matches("\"at 10:30\"", record))
    }
}
