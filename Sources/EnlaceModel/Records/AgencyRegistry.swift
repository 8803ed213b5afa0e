/// The agencies of a board, looked up by code; a former code (`PGR`) leads to its successor.
public struct AgencyRegistry: Sendable, Equatable {
    public private(set) var agencies: [Agency]
    private var indexByCode: [String: Int]
    private var successorByFormerCode: [String: String]

    public init(_ agencies: [Agency]) {
        self.agencies = agencies
        indexByCode = [:]
        successorByFormerCode = [:]
        for (index, agency) in agencies.enumerated() {
            indexByCode[agency.code.uppercased()] = index
            for former in agency.formerly { successorByFormerCode[former.code.uppercased()] = agency.code }
        }
    }

    /// The agency with this code, or with this former code.
    public func agency(_ code: String) -> Agency? {
        guard let current = currentCode(for: code), let index = indexByCode[current.uppercased()] else { return nil }
        return agencies[index]
    }

    /// `PGR` → `FGR`, `fgr` → `FGR`; nil for a code the registry never had.
    public func currentCode(for code: String) -> String? {
        let upper = code.uppercased()
        if let index = indexByCode[upper] { return agencies[index].code }
        return successorByFormerCode[upper]
    }

    public func contains(_ code: String) -> Bool { currentCode(for: code) != nil }

    /// The current codes, in registry order.
    public var codes: [String] { agencies.map(\.code) }

    /// Whether `code` is a name the registry's agencies no longer use (`PGR`), not a current one.
    public func isFormerCode(_ code: String) -> Bool {
        indexByCode[code.uppercased()] == nil && successorByFormerCode[code.uppercased()] != nil
    }
}
