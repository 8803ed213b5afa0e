import EnlaceModel

/// A seeded source of random cases whose texts hold what a hostile or careless file can:
/// every control character, quotes, backslashes, slashes, emoji and their joiners, combining
/// marks, bidirectional overrides, separators, non-characters and plain accented Spanish.
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64: small, and the same sequence on every machine.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func chance(_ oneIn: Int) -> Bool { below(oneIn) == 0 }

    private static let pieces: [String] = [
        "\"", "\\", "/", "//", "\\\"", "\u{7F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{200B}", "\u{200D}",
        "\u{202E}", "\u{2066}", "\u{2069}", "é", "e\u{301}", "ñ", "Fiscalía", "😀", "👩‍👩‍👧", "🇲🇽", "\u{1F3FD}",
        "\u{FFFD}", "\u{10FFFF}", "\u{85}", "\u{A0}", "\u{1B}[2J", "\r\n", "{}", "[]", ":", ",", " : ",
        "漢字", "ا", "\u{0}", "null", "true", "123", "-0", "1e9", "  ", "\t",
    ]

    /// A text of 0 to 40 pieces: random scalars (controls likely), and the pieces above.
    mutating func hostileText() -> String {
        var text = ""
        for _ in 0..<below(41) {
            switch below(4) {
            case 0: text.unicodeScalars.append(Unicode.Scalar(UInt8(below(0x80))))
            case 1: text += Self.pieces[below(Self.pieces.count)]
            case 2:
                if let scalar = Unicode.Scalar(UInt32(below(0x11_0000))) { text.unicodeScalars.append(scalar) }
            default: text += "palabra"
            }
        }
        return text
    }

    mutating func hostileTexts() -> [String] { (0..<below(6)).map { _ in hostileText() } }

    /// An instant from before year 1 to after 9999, or with `readable` one in years 1 to 9999,
    /// which is all a file can hold.
    mutating func timestamp(readable: Bool = false) -> Timestamp {
        readable
            ? Timestamp(secondsSinceEpoch: Int64(below(315_537_897_600)) - 62_135_596_800)
            : Timestamp(secondsSinceEpoch: Int64(below(400_000_000_000)) - 62_000_000_000)
    }

    mutating func day(readable: Bool = false) -> Day {
        readable ? Day(daysSinceEpoch: below(3_652_059) - 719_162) : Day(daysSinceEpoch: below(4_000_000) - 1_000_000)
    }

    /// A case with every field random, most of them hostile; optionals nil one time in three.
    /// With `readable`, its dates are ones a file can hold, so that it reads back.
    mutating func hostileCase(readable: Bool = false) -> Case {
        var record = Case(
            id: hostileText(), title: hostileText(), titleEs: chance(3) ? nil : hostileText(),
            summary: hostileText(), summaryEs: chance(3) ? nil : hostileText(),
            status: Status.allCases[below(Status.allCases.count)],
            priority: Priority.allCases[below(Priority.allCases.count)],
            marking: Marking.allCases[below(Marking.allCases.count)],
            releasableToMexico: chance(2), leadAgency: hostileText(), agencies: hostileTexts(),
            contacts: hostileTexts(), tags: hostileTexts(), region: hostileText(), post: hostileText(),
            opened: day(readable: readable), due: chance(3) ? nil : day(readable: readable), nextAction: hostileText(), links: hostileTexts(),
            notes: [], owner: chance(3) ? nil : hostileText(), outdatedTexts: chance(3) ? hostileTexts() : [], version: Int(bitPattern: UInt(next())) >> below(64),
            createdAt: timestamp(readable: readable), createdBy: hostileText(), updatedAt: timestamp(readable: readable), updatedBy: hostileText())
        for _ in 0..<below(5) {
            record.notes.append(Note(at: timestamp(readable: readable), author: hostileText(), text: hostileText(), releasableToMexico: chance(2), amendedBy: chance(3) ? hostileText() : nil))
        }
        return record
    }

    /// An ordinary valid case to vary one field at a time.
    static func plainCase() -> Case {
        let opened = Day(year: 2026, month: 11, day: 2) ?? Day(daysSinceEpoch: 0)
        return Case(
            id: "MX-2026-0100", title: "Cargamento en Manzanillo", summary: "Resumen", status: .active,
            priority: .high, marking: .green, releasableToMexico: true, leadAgency: "DEA",
            agencies: ["FGR"], contacts: ["C-0001"], tags: ["fentanyl"], region: "Colima", post: "Guadalajara",
            opened: opened, nextAction: "Llamar", createdAt: Timestamp(day: opened, hour: 9), createdBy: "tester")
    }
}

extension TestRandom {
    /// A case as an officer's file would hold it: ordinary words, a few accents, sometimes
    /// optional fields and notes, so that small edits of its line are meaningful.
    mutating func ordinaryCase() -> Case {
        let words = ["Fiscalía", "cargamento", "Manzanillo", "DEA", "\"alias\"", "C:\\ruta", "a/b", "línea\nnueva", "😀", "tab\there"]
        func text(_ random: inout TestRandom) -> String {
            (0..<(1 + random.below(5))).map { _ in words[random.below(words.count)] }.joined(separator: " ")
        }
        var record = Self.plainCase()
        record.title = text(&self)
        record.summary = text(&self)
        record.titleEs = chance(2) ? text(&self) : nil
        record.due = chance(2) ? record.opened.adding(days: below(90)) : nil
        record.version = 1 + below(20)
        record.tags = (0..<below(4)).map { _ in words[below(words.count)] }
        for _ in 0..<below(3) {
            record.notes.append(Note(at: record.createdAt, author: "officer", text: text(&self), releasableToMexico: chance(2)))
        }
        return record
    }
}
