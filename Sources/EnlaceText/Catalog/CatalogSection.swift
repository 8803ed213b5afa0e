import Foundation

/// One section of the string catalog: an enum whose cases are the keys, each with an English
/// and a Spanish text. Being a `switch` per language, a key without either text does not compile.
///
/// Texts are templates: `{name}` is replaced by the argument of that name. Both languages of a
/// key must use the same placeholders (a test checks).
public protocol CatalogSection: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    var english: String { get }
    var spanish: String { get }
}

extension CatalogSection {
    /// The template in `language`.
    public func template(_ language: Language) -> String {
        language == .en ? english : spanish
    }

    /// The text in `language` with its placeholders filled.
    public func text(_ language: Language, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        Catalog.fill(template(language), arguments)
    }

    public func callAsFunction(_ language: Language, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
        text(language, arguments)
    }
}

/// The whole catalog.
public enum Catalog {
    /// Every section; the catalog tests walk these. Add a new section here.
    public static let sections: [any CatalogSection.Type] = [
        CommonPhrase.self,
        CLIPhrase.self,
        StorePhrase.self,
        ModelPhrase.self,
        TerminalPhrase.self,
        UIPhrase.self,
        BriefPhrase.self,
        KioskPhrase.self,
        GeneratePhrase.self,
        CLIHelpPhrase.self,
        ArgumentParserPhrase.self,
        LogPhrase.self,
    ]

    /// Replaces each `{name}` in `template` by its argument; an unknown placeholder stays visible.
    public static func fill(_ template: String, _ arguments: KeyValuePairs<String, String>) -> String {
        // A byte test: most phrases have no placeholder, and a render asks for dozens of them.
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = template
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    /// The `{name}` placeholders a template uses, for the catalog tests.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
