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
    /// How many case files this load decoded: all of them for `Store.load()`, only the changed
    /// ones for `Store.reload(_:)`.
    public internal(set) var decodedFiles = 0
    /// The stamps of the case files read, for `Store.reload(_:)`.
    var caseStamps = CaseFileStamps()

    public init(
        data: BoardData, problems: [DataProblem] = [], removedTempFiles: [String] = [], warnings: [StoreWarning] = []
    ) {
        self.data = data
        self.problems = problems
        self.removedTempFiles = removedTempFiles
        self.warnings = warnings
    }

    init(
        data: BoardData, problems: [DataProblem], removedTempFiles: [String], warnings: [StoreWarning],
        decodedFiles: Int, caseStamps: CaseFileStamps
    ) {
        self.init(data: data, problems: problems, removedTempFiles: removedTempFiles, warnings: warnings)
        self.decodedFiles = decodedFiles
        self.caseStamps = caseStamps
    }

    /// Equal when what was loaded is equal; the count and the stamps are bookkeeping.
    public static func == (left: LoadResult, right: LoadResult) -> Bool {
        (left.data, left.problems, left.removedTempFiles, left.warnings)
            == (right.data, right.problems, right.removedTempFiles, right.warnings)
    }
}
