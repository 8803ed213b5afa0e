import EnlaceModel

/// What `Store.load()` found: the board, and the case files that could not be read.
public struct LoadResult: Sendable, Equatable {
    /// Everything that loaded; cases sorted by id.
    public var data: BoardData
    /// Damaged case files, sorted by path; each was skipped and left as it is.
    public var problems: [DataProblem]
    /// Temp files of a crashed writer that this load removed (paths), for `enlace check` to mention.
    public var removedTempFiles: [String]
    /// What does not stop the board but should be shown: an audit log whose last line was cut short.
    public var warnings: [StoreWarning]

    public init(
        data: BoardData, problems: [DataProblem] = [], removedTempFiles: [String] = [], warnings: [StoreWarning] = []
    ) {
        self.data = data
        self.problems = problems
        self.removedTempFiles = removedTempFiles
        self.warnings = warnings
    }
}
