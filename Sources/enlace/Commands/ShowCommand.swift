import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText

/// `enlace show CASE-ID [--json]`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: CommandLineLanguage.text(.showAbstract))

    @Argument(help: .phrase(.caseIDHelp, value: .caseIDValue), completion: DataCompletion.caseIDs)
    var caseID: String

    @Flag(name: .long, help: .phrase(.showJSONHelp))
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // The list index finds the case without decoding the board; its file is then read as it is now.
        let id = caseID.uppercased()
        let casePath = global.store().casePath(id: id)
        let board = try IndexedBoard.open(global, searchText: false, quietAbout: casePath)
        let language = board.language
        let read = board.loaded.cases.rows.contains(where: { $0.id == id }) ? board.store.loadCases(ids: [id]) : nil
        // The case asked for is there but cannot be read: damaged data (exit 2), not an unknown id.
        if let problem = (board.loaded.problems + (read?.problems ?? [])).first(where: { $0.path == casePath }) {
            throw ReportedFailure(exitStatus: .badData, message: problem.error.message(language))
        }
        guard let record = read?.cases.first else {
            // A deleted case says so, with who and when, rather than that it never was.
            if case .deleted = board.store.missingCaseError(id: id) {
                throw ReportedFailure(exitStatus: .usage, message: board.store.missingCaseError(id: id).message(language))
            }
            throw ReportedFailure(
                exitStatus: .usage,
                message: CLIError.unknownCase(id: caseID, path: board.store.directory.path).message(language))
        }
        if json { return try Console.write(try JSONOutput.encode(record), in: language) }
        let data = BoardData(board: board.loaded.board, registry: board.loaded.registry, contacts: board.loaded.contacts, cases: [record])
        try Console.write(CaseText.render(record, data: data, language: language), in: language)
    }
}
