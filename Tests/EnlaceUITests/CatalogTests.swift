import EnlaceText
import Testing

@Suite("The UI's catalog section")
struct UIPhraseCatalogTests {
    @Test("every phrase has English and Spanish with the same placeholders")
    func bothLanguages() {
        for phrase in UIPhrase.allCases {
            #expect(!phrase.english.isEmpty && !phrase.spanish.isEmpty, "\(phrase)")
            #expect(Catalog.placeholders(in: phrase.english) == Catalog.placeholders(in: phrase.spanish), "\(phrase)")
        }
    }

    @Test("the section is in the catalog")
    func registered() {
        #expect(Catalog.sections.contains { $0 == UIPhrase.self })
    }
}
