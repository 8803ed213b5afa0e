@testable import EnlaceModel
import Testing

/// `Case` keeps its free texts and notes in one block (`PackedCaseTexts`); what goes in must
/// come out as it was, through every field's getter and setter.
@Suite("A case's texts and notes, kept in one block")
struct PackedCaseTextsTests {
    static let opened = Day(iso: "2026-11-02")!
    static let at = Timestamp(secondsSinceEpoch: 1_796_000_000)

    static func sample() -> Case {
        Case(
            id: "MX-2026-0042", title: "Envío de precursores en Manzanillo", titleEs: "",
            summary: "Cargamento de 🧪 con la Fiscalía; e\u{301} sin normalizar", summaryEs: "Resumen en español",
            leadAgency: "DEA", opened: opened, nextAction: "Llamar a la FGR",
            notes: [
                Note(at: at, author: "ana.lopez.dea", text: "Llamada con la Fiscalía", releasableToMexico: true),
                Note(at: Timestamp(secondsSinceEpoch: -5), author: "", text: ""),
                Note(at: at, author: "un autor con un nombre largo", text: "中文 y \u{202E}bidi", releasableToMexico: false),
            ],
            createdAt: at, createdBy: "ana")
    }

    @Test("every text and note reads back as it was given, an empty Spanish title included")
    func readsBack() {
        let record = Self.sample()
        #expect(record.title == "Envío de precursores en Manzanillo")
        #expect(record.titleEs == "")
        #expect(record.summary == "Cargamento de 🧪 con la Fiscalía; e\u{301} sin normalizar")
        #expect(record.summary.utf8.elementsEqual("Cargamento de 🧪 con la Fiscalía; e\u{301} sin normalizar".utf8))
        #expect(record.summaryEs == "Resumen en español")
        #expect(record.nextAction == "Llamar a la FGR")
        #expect(record.notes == Self.sample().notes)
        #expect(record.notes.map(\.author) == ["ana.lopez.dea", "", "un autor con un nombre largo"])
        #expect(record.notes.map(\.at.secondsSinceEpoch) == [1_796_000_000, -5, 1_796_000_000])
        #expect(record.notes.map(\.releasableToMexico) == [true, false, false])
        #expect(record.notes.last?.text == "中文 y \u{202E}bidi")
    }

    @Test("a case without Spanish texts or notes has none")
    func absent() {
        let record = Case(id: "MX-2026-0001", title: "T", leadAgency: "FBI", opened: Self.opened, createdAt: Self.at, createdBy: "bo")
        #expect(record.titleEs == nil)
        #expect(record.summaryEs == nil)
        #expect(record.summary == "")
        #expect(record.nextAction == "")
        #expect(record.notes.isEmpty)
    }

    @Test("setting one text changes that one and leaves every other as it was")
    func settersChangeOneField() {
        let original = Self.sample()
        var record = original
        record.title = "Nuevo título"
        #expect(record.title == "Nuevo título")
        #expect(record.summary == original.summary && record.notes == original.notes && record.titleEs == "")

        record = original
        record.titleEs = nil
        #expect(record.titleEs == nil && record.summaryEs == original.summaryEs && record.title == original.title)

        record = original
        record.summaryEs = nil
        record.summaryEs = "otra vez"
        #expect(record.summaryEs == "otra vez" && record.titleEs == "" && record.nextAction == original.nextAction)

        record = original
        record.nextAction = ""
        #expect(record.nextAction == "" && record.notes == original.notes)

        record = original
        record.notes.append(Note(at: Self.at, author: "bo", text: "otra nota"))
        #expect(record.notes.count == 4 && record.notes.last?.text == "otra nota")
        #expect(record.notes.prefix(3) == original.notes[...] && record.summary == original.summary)
        record.notes.removeAll()
        #expect(record.notes.isEmpty && record.nextAction == original.nextAction)
    }

    @Test("cases compare by their texts as strings do: equal texts in other bytes are equal, other texts are not")
    func equality() {
        var composed = Self.sample(), decomposed = Self.sample()
        composed.title = "Fiscalía"
        decomposed.title = "Fiscali\u{301}a"
        #expect(composed == decomposed)
        decomposed.title = "Fiscalia"
        #expect(composed != decomposed)

        var other = Self.sample()
        other.notes[0].releasableToMexico = false
        #expect(other != Self.sample())
        other = Self.sample()
        other.titleEs = nil
        #expect(other != Self.sample())
        // The same bytes moved between fields are not the same case.
        let a = Case(id: "MX-2026-0001", title: "ab", summary: "c", leadAgency: "FBI", opened: Self.opened, createdAt: Self.at, createdBy: "bo")
        let b = Case(id: "MX-2026-0001", title: "a", summary: "bc", leadAgency: "FBI", opened: Self.opened, createdAt: Self.at, createdBy: "bo")
        #expect(a != b)
    }

    /// Where `text`'s UTF-8 is stored.
    static func storage(of text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test("texts of 64 KiB and more are kept as given: every read shares one string's storage")
    func longTextsShared() {
        let long = String(repeating: "Llamada con la Fiscalía. ", count: 3_000)
        #expect(long.utf8.count >= PackedCaseTexts.unpackedSize)
        var record = Self.sample()
        record.summary = long
        #expect(Self.storage(of: record.summary) != nil)
        #expect(Self.storage(of: record.summary) == Self.storage(of: record.summary))
        #expect(Self.storage(of: record.notes[0].text) == Self.storage(of: record.notes[0].text))
        let sample = Self.sample()
        #expect(record.summary == long && record.title == sample.title && record.titleEs == "")
        #expect(record.summaryEs == sample.summaryEs && record.nextAction == sample.nextAction && record.notes == sample.notes)

        var copy = sample
        copy.summary = String(decoding: Array(long.utf8), as: UTF8.self)
        #expect(copy == record)
        copy.summary += "."
        #expect(copy != record)

        record.summary = sample.summary
        #expect(record == sample)
    }

    @Test("a case's texts take one word of the case, packed or kept as given")
    func oneWord() {
        #expect(MemoryLayout<PackedCaseTexts>.size == MemoryLayout<Int>.size)
    }
}
