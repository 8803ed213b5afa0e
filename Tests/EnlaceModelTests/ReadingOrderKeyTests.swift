import EnlaceModel
import Testing

@Suite("Reading order of names, posts and titles")
struct ReadingOrderKeyTests {
    private func ordered(_ texts: [String]) -> [String] {
        texts.sorted { ReadingOrderKey($0) < ReadingOrderKey($1) }
    }

    @Test("accents and case do not move a name: Mérida before Monterrey, Óscar before Thomas")
    func accentsAndCase() {
        #expect(ordered(["Monterrey", "Mérida", "Thomas", "Óscar", "ana", "Zoe"]) == ["ana", "Mérida", "Monterrey", "Óscar", "Thomas", "Zoe"])
    }

    @Test("texts that fold alike keep one order: by the text, then by the record's id")
    func totalOrder() {
        let keys = [("Peña", "C-2"), ("Pena", "C-3"), ("Peña", "C-1"), ("PENA", "C-0")]
        let sorted = keys.sorted { ReadingOrderKey($0.0, id: $0.1) < ReadingOrderKey($1.0, id: $1.1) }
        #expect(sorted.map(\.1) == ["C-0", "C-3", "C-1", "C-2"])
        #expect(ReadingOrderKey("Peña", id: "C-1") == ReadingOrderKey("Peña", id: "C-1"))
        #expect(!(ReadingOrderKey("Peña", id: "C-1") < ReadingOrderKey("Peña", id: "C-1")))
    }
}
