import Testing
@testable import EnlaceModel

@Suite("Case search index")
struct CaseSearchIndexTests {
    /// A deterministic generator (SplitMix64), so a failure can be reproduced.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
        mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
    }

    static let words = ["Fiscalía", "fentanilo", "SEÑAL", "precursor", "Manzanillo", "extradición", "armas",
                        "lavado", "next week", "call", "Mérida", "cargamento", "enlace", "aduana", "Ciudad Juárez"]
    static let posts = ["Mexico City", "Ciudad Juárez", "Guadalajara", "Hermosillo", "Matamoros", "Mérida",
                        "Monterrey", "Nogales", "Nuevo Laredo", "Tijuana"]
    static let regions = ["Sinaloa", "Jalisco", "Yucatán", "Baja California", "Michoacán", ""]
    static let tags = ["fentanyl", "firearms", "señal", "extradition", "money-laundering", "Precursors"]
    static let codes = ["DEA", "FBI", "HSI", "FGR", "SEMAR", "PGR"]

    static func generatedCases(count: Int, seed: UInt64) -> [Case] {
        var random = Generator(state: seed)
        return (0..<count).map { index in
            func sentence(_ length: Int) -> String { (0..<length).map { _ in random.pick(words) }.joined(separator: " ") }
            let opened = TestData.today.adding(days: -Int(random.next() % 400))
            var due: String? = random.chance(80) ? opened.adding(days: Int(random.next() % 500)).iso : nil
            // Days around today, where overdue and relative days change their answer.
            if random.chance(30) { due = TestData.today.adding(days: Int(random.next() % 7) - 3).iso }
            let agencyCount = Int(random.next() % 3)
            return TestData.makeCase(
                "MX-2026-\(String(1000 + index))", title: sentence(4), status: random.pick(Status.allCases),
                priority: random.pick(Priority.allCases), marking: random.pick(Marking.allCases),
                lead: random.pick(["DEA", "FBI", "HSI"]), agencies: (0..<agencyCount).map { _ in random.pick(codes) },
                tags: (0..<Int(random.next() % 3)).map { _ in random.pick(tags) }, region: random.pick(regions),
                post: random.pick(posts), opened: opened.iso, due: due, nextAction: sentence(2),
                notes: (0..<Int(random.next() % 3)).map { _ in sentence(6) },
                titleEs: random.chance(50) ? sentence(3) : nil, summary: sentence(8))
        }
    }

    static let queries = [
        "", "fiscalia", "FISCALÍA senal", "\"next week\"", "-fiscalia", "manzanillo -armas", "status:active",
        "status:new,waiting", "-status:closed", "priority:>=high", "priority:low", "marking:<=amber", "TLP:RED",
        "agency:PGR", "agency:FGR", "-agency:semar", "lead:DEA", "lead:fbi,hsi", "tag:fentanyl", "tag:senal",
        "-tag:firearms", "region:yucatan", "region:california", "post:merida", "post:\"ciudad juarez\"",
        "due:<2026-09-01", "due:>=today", "due:<=+30d", "-due:>2026-01-01", "opened:<2026-01-01", "overdue",
        "-overdue", "overdue priority:critical", "country:MX", "-country:US", "mx-2026-10", "aduana lavado enlace",
        "tag:precursors agency:pgr -status:closed", "\"ciudad juarez\" post:tijuana", "zzz-nothing",
        // Narrow first, so that the words are searched in each survivor's own text.
        "lead:DEA status:new priority:critical fiscalia", "tag:fentanyl region:sinaloa -senal",
    ]

    @Test("the index gives the same answers as Query.matches, on 300 generated cases")
    func agreement() throws {
        let cases = Self.generatedCases(count: 300, seed: 42)
        let index = CaseSearchIndex(cases)
        for text in Self.queries {
            let query = try Query.parse(text)
            let expected = cases.indices.filter { query.matches(cases[$0], TestData.context) }
            #expect(index.filter(query, context: TestData.context) == expected, "query \(text)")
        }
    }

    @Test("the generated queries are not trivial: some match many cases, some few, some none")
    func queriesDiscriminate() throws {
        let cases = Self.generatedCases(count: 300, seed: 42)
        let index = CaseSearchIndex(cases)
        let counts = try Self.queries.map { index.filter(try Query.parse($0), context: TestData.context).count }
        #expect(counts.contains(0))
        #expect(counts.contains { $0 > 0 && $0 < 60 })
        #expect(counts.contains { $0 > 150 && $0 < 300 })
    }

    @Test("after replacing and appending cases the index still agrees with Query.matches")
    func replacement() throws {
        var cases = Self.generatedCases(count: 200, seed: 7)
        var index = CaseSearchIndex(cases)
        let fresh = Self.generatedCases(count: 60, seed: 99)
        for (offset, record) in fresh.prefix(40).enumerated() {
            let position = (offset * 37) % cases.count
            cases[position] = record
            index.replace(at: position, with: record)
        }
        for record in fresh.suffix(20) {
            cases.append(record)
            index.append(record)
        }
        #expect(index.count == 220)
        #expect(index.deadByteFraction > 0)
        for text in Self.queries {
            let query = try Query.parse(text)
            let expected = cases.indices.filter { query.matches(cases[$0], TestData.context) }
            #expect(index.filter(query, context: TestData.context) == expected, "query \(text)")
        }
    }

    @Test("a replaced case is no longer found by its old text")
    func oldTextGone() throws {
        var index = CaseSearchIndex([TestData.makeCase(title: "Cargamento en Manzanillo")])
        index.replace(at: 0, with: TestData.makeCase(title: "Armas en Nogales"))
        #expect(index.filter(try Query.parse("manzanillo"), context: TestData.context) == [])
        #expect(index.filter(try Query.parse("nogales"), context: TestData.context) == [0])
    }

    @Test("an empty index filters to nothing")
    func empty() throws {
        #expect(CaseSearchIndex([]).filter(try Query.parse("fiscalia"), context: TestData.context) == [])
    }
}

@Suite("Filtering on from earlier results")
struct NarrowingTests {
    @Test("a query narrows an earlier one when it lengthens a word or adds terms", arguments: [
        ("fisc", "fiscal", true), ("fisc", "fisc status:new", true), ("", "anything", true),
        ("fisc", "isca", false), ("-fisc", "-fiscal", false), ("status:new,active", "status:new", false),
        ("fisc tag:x", "fisc", false), ("fisc", "fis", false),
    ])
    func narrows(earlier: String, later: String, expected: Bool) throws {
        #expect(try Query.parse(later).narrows(try Query.parse(earlier)) == expected)
    }

    @Test("filtering among earlier results gives the same answers as filtering all")
    func among() throws {
        let cases = CaseSearchIndexTests.generatedCases(count: 300, seed: 5)
        let index = CaseSearchIndex(cases)
        for (earlier, later) in [("fis", "fiscalia"), ("m", "merida status:active"), ("", "tag:fentanyl"), ("se", "senal -overdue")] {
            let earlierQuery = try Query.parse(earlier)
            let laterQuery = try Query.parse(later)
            #expect(laterQuery.narrows(earlierQuery))
            let previous = index.filter(earlierQuery, context: TestData.context)
            #expect(index.filter(laterQuery, context: TestData.context, among: previous)
                == index.filter(laterQuery, context: TestData.context), "\(earlier) → \(later)")
        }
    }
}

@Suite("Filtering keystroke by keystroke from the last answer")
struct KeystrokeFilteringTests {
    static let cases = CaseSearchIndexTests.generatedCases(count: 400, seed: 11)

    func expected(_ text: String, in cases: [Case] = Self.cases, context: QueryContext = TestData.context) throws -> [Int] {
        let query = try Query.parse(text)
        return cases.indices.filter { query.matches(cases[$0], context) }
    }

    /// Types `text` one character at a time, each keystroke starting from the last answer;
    /// the answers of the keystrokes that parse.
    func typed(_ text: String, index: CaseSearchIndex) throws -> [(String, [Int])] {
        var last: CaseSearchIndex.Matches?
        var typed = ""
        var answers: [(String, [Int])] = []
        for character in text {
            typed.append(character)
            // As on the board, a half-typed term that does not parse leaves the last answer.
            guard let query = try? Query.parse(typed) else { continue }
            let matches = index.filter(query, context: TestData.context, after: last)
            answers.append((typed, matches.positions))
            last = matches
        }
        return answers
    }

    @Test("every keystroke gives the answers of Query.matches", arguments: [
        "fiscalia", "manzanillo cargamento", "lavado -armas enlace", "status:active fiscal", "tag:fentanyl senal",
        "mx-2026-10", "\"next week\" call", "precursor extradicion", "ciudad juarez", "aduana overdue",
        // Longer than the 16 bytes a find keeps: the text is read again.
        "extradicionextradicion", "cargamento enlace aduana lavado",
    ])
    func typingAgrees(text: String) throws {
        let index = CaseSearchIndex(Self.cases)
        let answers = try typed(text, index: index)
        #expect(answers.last?.0 == text)
        for (typed, answer) in answers {
            #expect(answer == (try expected(typed)), "after typing \(typed)")
        }
    }

    @Test("a word lengthened at its front or in its middle is still found where it is")
    func lengthenedElsewhere() throws {
        let index = CaseSearchIndex(Self.cases)
        var longFound = 0
        for (earlier, later) in [("isca", "fisca"), ("scal", "fiscalia"), ("anza", "manzanillo"), ("rga", "cargamento"),
                                 ("a", "aduana"), ("fi", "fiscalia"), ("en", "fentanilo"),
                                 // Longer than the 16 bytes a find keeps of the text.
                                 ("\"ciudad juarez\"", "\"ciudad juarez fiscalia\""),
                                 ("manzanillo", "\"manzanillo enlace\""), ("\"manzanillo enlace\"", "\"manzanillo enlace aduana\"")] {
            let first = index.filter(try Query.parse(earlier), context: TestData.context, after: nil)
            let second = index.filter(try Query.parse(later), context: TestData.context, after: first)
            #expect(second.positions == (try expected(later)), "\(earlier) → \(later)")
            if later.count > 16 { longFound += second.count }
        }
        #expect(longFound > 0, "some words longer than 16 bytes are found")
    }

    @Test("the answers hold whatever the word finds; the typed queries are not trivial")
    func typedQueriesDiscriminate() throws {
        let counts = try ["f", "fi", "fis", "fiscalia", "zzz"].map { try expected($0).count }
        #expect(counts[0] > counts[3] && counts[3] > 0 && counts[4] == 0)
    }

    @Test("typing reads no case's text for words of one or two letters, nor once the word is found")
    func typingReadsLittle() throws {
        let index = CaseSearchIndex(Self.cases)
        var last: CaseSearchIndex.Matches?
        var read: [String: Int] = [:]
        var found: [String: Int] = [:]
        var typed = ""
        for character in "fiscalia" {
            typed.append(character)
            let matches = index.filter(try Query.parse(typed), context: TestData.context, after: last)
            read[typed] = matches.textsRead
            found[typed] = matches.count
            last = matches
        }
        #expect(read["f"] == 0 && read["fi"] == 0, "answered from the bitmaps alone")
        #expect((read["fis"] ?? .max) <= (found["fi"] ?? 0), "only the last answer's cases are looked at")
        // In these cases every "fisc" is the start of "fiscalía": each longer word is where it was.
        for word in ["fisca", "fiscal", "fiscali", "fiscalia"] { #expect(read[word] == 0, "\(word)") }
        #expect((found["fiscalia"] ?? 0) > 0)
        // Without the last answer the same word reads the texts of the cases it may be in.
        #expect(index.filter(try Query.parse("fiscalia"), context: TestData.context, after: nil).textsRead > 0)
    }

    @Test("an answer from before an edit, or from another day, is not trusted")
    func staleAnswers() throws {
        var cases = Self.cases
        var index = CaseSearchIndex(cases)
        let before = index.filter(try Query.parse("fisc"), context: TestData.context, after: nil)
        // A case that did not match gets the word; the next keystroke must find it.
        let outsider = try #require(cases.indices.first { !before.positions.contains($0) })
        cases[outsider] = TestData.makeCase(cases[outsider].id, title: "Fiscalía de Sonora")
        index.replace(at: outsider, with: cases[outsider])
        let after = index.filter(try Query.parse("fiscal"), context: TestData.context, after: before)
        #expect(after.positions == (try expected("fiscal", in: cases)))
        #expect(after.positions.contains(outsider))

        let today = index.filter(try Query.parse("overdue"), context: TestData.context, after: nil)
        let later = QueryContext(registry: TestData.registry, today: TestData.today.adding(days: 30))
        let tomorrowish = index.filter(try Query.parse("overdue fiscal"), context: later, after: today)
        #expect(tomorrowish.positions == (try expected("overdue fiscal", in: cases, context: later)))
    }
}
