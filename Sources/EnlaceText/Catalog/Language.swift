import Foundation

/// The two languages Enlace speaks.
public enum Language: String, CaseIterable, Sendable, Codable {
    case en, es

    /// `es_MX.UTF-8` → `.es`; anything not Spanish → nil (the caller falls back to English).
    public init?(localeName: String) {
        let lowered = localeName.lowercased()
        if lowered.hasPrefix("es") { self = .es } else if lowered.hasPrefix("en") { self = .en } else { return nil }
    }

    /// The choice of DESIGN.md: an explicit `--lang`, else the board's default, else the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, else English.
    public static func choose(
        explicit: Language?, boardDefault: Language?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Language {
        if let explicit { return explicit }
        if let boardDefault { return boardDefault }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty { return Language(localeName: value) ?? .en }
        }
        return .en
    }

    public var other: Language { self == .en ? .es : .en }
}
