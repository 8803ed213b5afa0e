import Testing
@testable import EnlaceModel

@Suite("Which translation may be out of date after a change")
struct OutdatedTextsTests {
    static func record(title: String = "Seized rifles", titleEs: String? = "Rifles incautados") -> Case {
        var record = TestData.makeCase()
        record.title = title
        record.titleEs = titleEs
        return record
    }

    @Test("the English title changed and the Spanish did not: the Spanish one is marked")
    func englishChanged() {
        let before = Self.record()
        var after = before
        after.title = "Seized rifles and ammunition"
        #expect(OutdatedTexts.marked(before: before, after: after, confirmed: false) == ["titleEs"])
    }

    @Test("the Spanish title changed alone: the English one is marked; both changed: neither")
    func spanishChanged() {
        let before = Self.record()
        var after = before
        after.titleEs = "Rifles y cartuchos incautados"
        #expect(OutdatedTexts.marked(before: before, after: after, confirmed: false) == ["title"])
        after.title = "Seized rifles and cartridges"
        #expect(OutdatedTexts.marked(before: before, after: after, confirmed: false) == [])
    }

    @Test("a first translation marks nothing; editing a marked text or confirming clears it")
    func clearing() {
        let untranslated = Self.record(titleEs: nil)
        var translated = untranslated
        translated.titleEs = "Rifles incautados"
        #expect(OutdatedTexts.marked(before: untranslated, after: translated, confirmed: false) == [])

        var marked = Self.record()
        marked.outdatedTexts = ["titleEs"]
        var edited = marked
        edited.titleEs = "Rifles y municiones incautados"
        #expect(OutdatedTexts.marked(before: marked, after: edited, confirmed: false) == [])
        #expect(OutdatedTexts.marked(before: marked, after: marked, confirmed: false) == ["titleEs"])
        #expect(OutdatedTexts.marked(before: marked, after: marked, confirmed: true) == [])
    }
}
