import EnlaceText
import Foundation
import Testing

/// The string catalog as a whole: every word Enlace shows exists in English and Spanish, and
/// every key is used somewhere (a key nobody uses is a text nobody maintains).
@Suite("The string catalog")
struct CatalogTests {
    struct Entry: CustomTestStringConvertible, Sendable {
        let section: String
        let key: String
        let english: String
        let spanish: String
        var testDescription: String { "\(section).\(key)" }
    }

    static let entries: [Entry] = Catalog.sections.flatMap { section in entries(of: section) }

    static func entries<Section: CatalogSection>(of section: Section.Type) -> [Entry] {
        Section.allCases.map { Entry(section: "\(Section.self)", key: $0.rawValue, english: $0.english, spanish: $0.spanish) }
    }

    /// Every Swift source outside the catalog itself, as one text.
    static let sources: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var text = ""
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", !file.path.contains("/EnlaceText/Catalog/") else { continue }
            text += (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        }
        return text
    }()

    @Test("every key has an English and a Spanish text with the same placeholders", arguments: entries)
    func bothLanguages(entry: Entry) {
        #expect(!entry.english.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!entry.spanish.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(Catalog.placeholders(in: entry.english) == Catalog.placeholders(in: entry.spanish))
    }

    @Test("every key is used by the code", arguments: entries)
    func used(entry: Entry) {
        // `.key(` or `.key,` or `.key)` or `.key]` or `.key ` or `.key:` after the key's name.
        let used = [".\(entry.key)(", ".\(entry.key),", ".\(entry.key))", ".\(entry.key)]", ".\(entry.key) ", ".\(entry.key)\n", ".\(entry.key):"]
            .contains { Self.sources.contains($0) }
        #expect(used, "\(entry.section).\(entry.key) is never used outside the catalog")
    }

    @Test("every section declared in the sources is registered in Catalog.sections")
    func everySectionRegistered() throws {
        let catalogFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/EnlaceText/Catalog")
        var declared: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: catalogFolder.path) {
            let text = try String(contentsOf: catalogFolder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /public enum (\w+): String, CatalogSection/) { declared.insert(String(match.1)) }
        }
        #expect(!declared.isEmpty)
        #expect(declared == Set(Catalog.sections.map { "\($0)" }))
    }

    @Test("keys are unique within the catalog")
    func unique() {
        let keys = Self.entries.map { "\($0.section).\($0.key)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test("the Spanish catalog is Spanish: most texts differ from the English")
    func spanishIsTranslated() {
        // Texts of two or more words besides placeholders; the language switch names both on
        // purpose, and TLP labels (the marking menu's) are the same in every language.
        func words(_ text: String) -> Int {
            text.replacing(/\{[a-zA-Z]+\}/, with: "").split { !$0.isLetter }.count
        }
        let same = Self.entries.filter {
            $0.english == $0.spanish && words($0.english) >= 2 && $0.key != "helpSwitchLanguage"
                && !$0.key.hasPrefix("quickMarking")
        }
        #expect(same.isEmpty, "untranslated: \(same.map(\.testDescription))")
    }
}
