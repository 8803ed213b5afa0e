import EnlaceModel
import EnlaceStore
import EnlaceText
import Foundation

/// A data directory opened for listing: the board, registry and contacts, and the cases as
/// list rows from the store's list index (`Store.loadListIndex`), so that `enlace list` on
/// 100,000 cases decodes only the case files it prints as JSON.
struct IndexedBoard {
    let store: Store
    let loaded: ListIndexResult
    let language: Language

    /// Opens the directory of `options` as `OpenedBoard.open` does (damaged case files are
    /// warnings, except the one of `quietAbout`, a case file the caller reports itself);
    /// `searchText` as in `Store.loadListIndex(searchText:)`.
    static func open(_ options: GlobalOptions, searchText: Bool, quietAbout quietPath: String? = nil) throws -> IndexedBoard {
        let directory = options.dataDirectory
        let store = options.store()
        let loaded = try reportingDataFailures(in: options.preliminaryLanguage, directory: directory) {
            try store.loadListIndex(searchText: searchText)
        }
        let board = IndexedBoard(
            store: store, loaded: loaded, language: options.language(boardDefault: loaded.board.defaultLanguage))
        for problem in loaded.problems where problem.path != quietPath { Console.warn(problem.error.message(board.language)) }
        for warning in loaded.warnings { Console.warn(warning.message(board.language)) }
        return board
    }

    var queryContext: QueryContext { QueryContext(registry: loaded.registry, today: Timestamp.now().day, login: Store.currentUser) }

    /// Parses `--filter` against the registry; a malformed query is a usage error.
    func query(_ text: String?) throws -> Query? {
        guard let text, !text.isEmpty else { return nil }
        return try reportingFailures(in: language) { () throws -> Query in
            do { return try Query.parse(text, registry: loaded.registry) } catch let error as QueryError {
                throw CLIError.queryInvalid(error)
            }
        }
    }

    /// Whether `--filter` has free words, before the board is read (a malformed query is
    /// reported after, with the registry at hand).
    static func needsSearchText(_ filter: String?) -> Bool {
        guard let filter, !filter.isEmpty, let query = try? Query.parse(filter) else { return false }
        return CaseList.needsSearchText(query)
    }
}
