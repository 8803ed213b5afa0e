/// The closed vocabularies of a case. Raw values are the contract of DESIGN.md: they are what
/// files, `--json` and the query language use, whatever the display language.

/// Where a case stands.
public enum Status: String, Codable, Sendable, CaseIterable, Comparable {
    case new, active, waiting, closed

    public static func < (lhs: Status, rhs: Status) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How urgent a case is; ordered from low to critical.
public enum Priority: String, Codable, Sendable, CaseIterable, Comparable {
    case low, medium, high, critical

    public static func < (lhs: Priority, rhs: Priority) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// FIRST's Traffic Light Protocol 2.0, ordered from the most to the least shareable.
public enum Marking: String, Codable, Sendable, CaseIterable, Comparable {
    case clear = "TLP:CLEAR"
    case green = "TLP:GREEN"
    case amber = "TLP:AMBER"
    case amberStrict = "TLP:AMBER+STRICT"
    case red = "TLP:RED"

    public static func < (lhs: Marking, rhs: Marking) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Accepts `TLP:AMBER`, `tlp:amber`, `amber`, `amber+strict`.
    public init?(loosely text: String) {
        let upper = text.uppercased()
        let full = upper.hasPrefix("TLP:") ? upper : "TLP:" + upper
        guard let marking = Marking(rawValue: full) else { return nil }
        self = marking
    }

    /// The part after `TLP:`.
    public var shortName: String { String(rawValue.dropFirst(4)) }
    /// The label where the list is narrow: `AMBER+S` for TLP:AMBER+STRICT, the others as short.
    public var compactName: String { self == .amberStrict ? "AMBER+S" : shortName }
}

/// The two countries of the registry.
public enum Country: String, Codable, Sendable, CaseIterable {
    case us = "US"
    case mx = "MX"
}
