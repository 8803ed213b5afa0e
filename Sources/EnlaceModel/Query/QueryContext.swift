/// What a query needs besides the record: the registry (for former codes), today (for
/// `overdue` and relative days such as `due:<+7d`) and who is asking (for `owner:me`).
public struct QueryContext: Sendable {
    public var registry: AgencyRegistry
    public var today: Day
    /// The login `owner:me` stands for; nil where nobody is asking, and `me` matches no case.
    public var login: String?

    public init(registry: AgencyRegistry, today: Day, login: String? = nil) {
        self.registry = registry
        self.today = today
        self.login = login
    }

    /// The folded logins an `owner:` term asks for, `me` and `yo` made the asking officer's.
    func owners(_ wanted: [FoldedText]) -> Set<String> {
        Set(wanted.compactMap { owner in
            guard owner.text == "me" || owner.text == "yo" else { return owner.text }
            return login.map { FoldedText(folding: $0).text }
        })
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
