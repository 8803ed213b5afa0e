/// Everything a data directory holds, loaded: what the board, the kiosk and the command line
/// work on. A value: the store produces a new one, the UI never writes it back by itself.
public struct BoardData: Sendable, Equatable {
    public var board: Board
    public var registry: AgencyRegistry
    public var contacts: [Contact]
    public var cases: CaseTable
    /// The liaison log, newest first (by start, then id).
    public var log: [LogEntry]

    public init(board: Board, registry: AgencyRegistry, contacts: [Contact], cases: CaseTable, log: [LogEntry] = []) {
        self.board = board
        self.registry = registry
        self.contacts = contacts
        self.cases = cases
        self.log = log
    }

    public init(board: Board, registry: AgencyRegistry, contacts: [Contact], cases: [Case], log: [LogEntry] = []) {
        self.init(board: board, registry: registry, contacts: contacts, cases: CaseTable(cases), log: log)
    }
}
