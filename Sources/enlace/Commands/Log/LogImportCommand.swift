import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText

/// `enlace log import FILE|-`: JSON Lines of log entry objects, all or nothing, as `import`
/// takes cases.
struct LogImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: LogPhrase.importAbstract(CommandLineLanguage.current))

    @Argument(help: .log(.importFileHelp, value: .fileValue), completion: .file())
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try IndexedBoard.open(global, searchText: false)
        let language = board.language
        let store = board.store
        let contents = try ImportFile.read(file: file, language: language)
        let existing = try reportingDataFailures(in: language, directory: store.directory) { try store.loadLog() }
        let decoded = LogLines.decode(
            contents, registry: board.loaded.registry, contactIDs: Set(board.loaded.contacts.map(\.id)),
            existingIDs: Set(existing.entries.map(\.id)))
        let entries: [LogEntry]
        switch decoded {
        case .success(let read): entries = read
        case .failure(.empty):
            throw ReportedFailure(exitStatus: .badData, message: SafeText.line(LogPhrase.importEmpty(language, ["file": file])))
        case .failure(let problem):
            try reportingDataFailures(in: language, directory: store.directory) { throw ImportFile.error(for: problem, file: file, language: language) }
            return
        }
        try reportingDataFailures(in: language, directory: store.directory) { try store.importLog(entries) }
        let arguments: KeyValuePairs = ["count": "\(entries.count)", "path": store.directory.path]
        try Console.write(LogPhrase.imported(language, arguments) + "\n", in: language, saved: LogPhrase.savedImport(language, arguments))
    }
}
