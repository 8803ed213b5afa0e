import EnlaceModel
import EnlaceStore
import EnlaceText
import Foundation

/// A data directory opened and loaded for one command, with the language settled.
struct OpenedBoard {
    let store: Store
    let data: BoardData
    let problems: [DataProblem]
    let language: Language

    /// Opens the directory of `options`; damaged case files are reported on stderr as warnings
    /// (the rest of the board is still there), damage that stops the load is an error.
    static func open(_ options: GlobalOptions, mode: Store.Mode = .readWrite, warn: Bool = true) throws -> OpenedBoard {
        let directory = options.dataDirectory
        let store = options.store(mode: mode)
        let loaded = try reportingDataFailures(in: options.preliminaryLanguage, directory: directory) {
            try store.load()
        }
        let board = OpenedBoard(
            store: store, data: loaded.data, problems: loaded.problems,
            language: options.language(boardDefault: loaded.data.board.defaultLanguage))
        if warn {
            for problem in loaded.problems { Console.warn(problem.error.message(board.language)) }
            for warning in loaded.warnings { Console.warn(warning.message(board.language)) }
        }
        return board
    }

    var today: Day { Timestamp.now().day }

    var queryContext: QueryContext { QueryContext(registry: data.registry, today: today, login: Store.currentUser) }

    /// Parses `--filter`; a malformed query is a usage error that says what is wrong.
    func query(_ text: String?) throws -> Query? {
        guard let text, !text.isEmpty else { return nil }
        return try reportingFailures(in: language) { () throws -> Query in
            do { return try Query.parse(text, registry: data.registry) } catch let error as QueryError {
                throw CLIError.queryInvalid(error)
            }
        }
    }
}
