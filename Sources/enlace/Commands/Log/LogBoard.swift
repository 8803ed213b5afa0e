import EnlaceModel
import EnlaceStore
import EnlaceText

/// A data directory opened for the log's commands: its log entries, newest first, and the
/// language; damaged entry files are warned about and make the command exit 2 at the end.
struct LogBoard {
    let board: IndexedBoard
    let entries: [LogEntry]
    let problems: [DataProblem]
    let language: Language
    let path: String

    static func open(_ options: GlobalOptions) throws -> LogBoard {
        let board = try IndexedBoard.open(options, searchText: false)
        let log = try reportingDataFailures(in: board.language, directory: board.store.directory) { try board.store.loadLog() }
        for problem in log.problems { Console.warn(problem.error.message(board.language)) }
        return LogBoard(board: board, entries: log.entries, problems: log.problems, language: board.language,
                        path: board.store.directory.path)
    }

    /// A listing that left out files it could not read says so last, and exits 2.
    func refuseUnreadable() throws {
        guard !problems.isEmpty else { return }
        throw ReportedFailure(exitStatus: .badData, message: CLIError.damagedData(count: problems.count, path: path).message(language))
    }
}
