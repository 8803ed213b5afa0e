import Foundation

/// Reading the closed vocabularies from what a person typed (a query, a command-line option),
/// and listing what is valid for the message when it is not.

extension Status {
    /// `active`, ` Active `, and the words the Spanish board shows (`activo`, `en espera`,
    /// `en-espera`) → the status; nil for anything else.
    public init?(parsing text: some StringProtocol) {
        let folded = FoldedText(folding: text.trimmingSpaces).text.replacingOccurrences(of: "-", with: " ")
        switch folded {
        case "nuevo", "nueva": self = .new
        case "activo", "activa": self = .active
        case "en espera", "espera": self = .waiting
        case "cerrado", "cerrada": self = .closed
        default: self.init(rawValue: folded)
        }
    }

    /// What a file, `--json` or a query may say, in order.
    public static var validValues: [String] { allCases.map(\.rawValue) }
}

extension Priority {
    /// `high`, `HIGH`, and the Spanish board's words (`alta`, `crítica`) → the priority; nil
    /// for anything else.
    public init?(parsing text: some StringProtocol) {
        let folded = FoldedText(folding: text.trimmingSpaces).text
        switch folded {
        case "baja": self = .low
        case "media": self = .medium
        case "alta": self = .high
        case "critica": self = .critical
        default: self.init(rawValue: folded)
        }
    }

    /// What a file, `--json` or a query may say, from low to critical.
    public static var validValues: [String] { allCases.map(\.rawValue) }
}

extension Marking {
    /// `TLP:AMBER`, `tlp:amber`, `amber`, `Amber+Strict` → the marking; nil for anything else.
    public init?(parsing text: some StringProtocol) {
        self.init(loosely: text.trimmingSpaces)
    }

    /// The markings as files write them, from the most to the least shareable.
    public static var validValues: [String] { allCases.map(\.rawValue) }
}

extension Country {
    /// `mx`, `MX` → `.mx`; nil for anything else.
    public init?(parsing text: some StringProtocol) {
        self.init(rawValue: text.trimmingSpaces.uppercased())
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
