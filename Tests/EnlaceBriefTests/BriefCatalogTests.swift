import EnlaceText
import Testing

@Suite("Brief catalog")
struct BriefCatalogTests {
    @Test("every brief phrase has English and Spanish texts with the same placeholders", arguments: BriefPhrase.allCases)
    func bothLanguages(phrase: BriefPhrase) {
        #expect(!phrase.english.isEmpty && !phrase.spanish.isEmpty)
        #expect(Catalog.placeholders(in: phrase.english) == Catalog.placeholders(in: phrase.spanish))
    }

    @Test("the brief section is part of the catalog")
    func registered() {
        #expect(Catalog.sections.contains { $0 == BriefPhrase.self })
    }
}
