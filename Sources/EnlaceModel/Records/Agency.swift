/// An agency of the registry: one of the eleven U.S. agencies at the embassy and consulates,
/// or a Mexican counterpart.
public struct Agency: Codable, Sendable, Equatable, Identifiable {
    public var code: String
    public var country: Country
    public var name: LocalizedText
    public var parent: LocalizedText
    public var focus: LocalizedText
    /// Codes of the agencies on the other side this one works with; kept symmetric.
    public var counterparts: [String]
    /// Earlier names, so that `agency:PGR` still finds FGR.
    public var formerly: [FormerName]
    /// Where the facts come from; a fact marked *inferred* in the reference says so here.
    public var sources: [String]
    public var version: Int

    public var id: String { code }

    public init(
        code: String, country: Country, name: LocalizedText, parent: LocalizedText, focus: LocalizedText,
        counterparts: [String] = [], formerly: [FormerName] = [], sources: [String] = [], version: Int = 1
    ) {
        self.code = code
        self.country = country
        self.name = name
        self.parent = parent
        self.focus = focus
        self.counterparts = counterparts
        self.formerly = formerly
        self.sources = sources
        self.version = version
    }
}

/// A text in English and Spanish.
public struct LocalizedText: Codable, Sendable, Equatable, Hashable {
    public var en: String
    public var es: String

    public init(en: String, es: String) {
        self.en = en
        self.es = es
    }
}

/// A name an agency had before: `PGR` until 2018-12-20, say.
public struct FormerName: Codable, Sendable, Equatable, Hashable {
    public var code: String
    public var name: String
    public var until: Day?

    public init(code: String, name: String, until: Day?) {
        self.code = code
        self.name = name
        self.until = until
    }
}
