/// What a query needs besides the record: the registry (for former codes) and today (for
/// `overdue` and relative days such as `due:<+7d`).
public struct QueryContext: Sendable {
    public var registry: AgencyRegistry
    public var today: Day

    public init(registry: AgencyRegistry, today: Day) {
        self.registry = registry
        self.today = today
    }

    /// A code as the registry knows it now, upper case: `pgr` → `FGR`; an unknown code stays itself.
    func currentCode(_ code: String) -> String {
        (registry.currentCode(for: code) ?? code).uppercased()
    }

    /// The current codes an `agency:`/`lead:` term asks for.
    func currentCodes(_ codes: [String]) -> Set<String> {
        Set(codes.map(currentCode))
    }
}
