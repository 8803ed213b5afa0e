import EnlaceModel

/// What `Store.loadListIndex()` found: everything of the board but the cases' texts, notes,
/// contacts and links, which `Store.loadCase(id:)` and `Store.loadCases(ids:)` read on demand.
public struct ListIndexResult: Sendable {
    public var board: Board
    public var registry: AgencyRegistry
    public var contacts: [Contact]
    /// Every readable case as a list row, sorted by id, ready to filter.
    public var cases: CaseList
    /// Damaged case files, as `LoadResult.problems`; each was skipped and left as it is.
    public var problems: [DataProblem]
    /// Temp files of a crashed writer that this load removed.
    public var removedTempFiles: [String]
    /// How many case files this load decoded because the index had no fresh entry for them:
    /// 0 when nothing changed since the index was written.
    public var decodedFiles: Int
    /// Whether this load wrote a new index file.
    public var wroteIndex: Bool
    /// What the load noticed but could read past, as `LoadResult.warnings` (a torn audit line).
    public var warnings: [StoreWarning] = []
}

extension ListIndexResult {
    /// The board with every case as its list row's skeleton (`CaseRow.skeleton`): enough
    /// for a first screen, a list, a filter on fields and an agency's open cases, long before
    /// a full `Store.load()` of a large board ends. Not for saving or for briefs.
    public var skeletonData: BoardData {
        let rows = cases.rows
        return BoardData(board: board, registry: registry, contacts: contacts, cases: rows.map(\.skeleton))
    }
}
