import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText

/// `enlace log show LOG-2026-0001 [--json]`.
struct LogShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: LogPhrase.showAbstract(CommandLineLanguage.current))

    @Argument(help: .log(.logIDHelp, value: .logIDValue))
    var id: String

    @Flag(name: .long, help: .log(.jsonHelp))
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try IndexedBoard.open(global, searchText: false)
        let language = board.language
        let entry = try reportingDataFailures(in: language, directory: board.store.directory) { () throws -> LogEntry in
            guard let entry = try board.store.readLogEntry(id: id.uppercased()) else { throw StoreError.notFound(id: id.uppercased()) }
            return entry
        }
        let today = Timestamp.now().day
        if json { return try Console.write(try JSONOutput.encode(LogEntryWithReportState(entry, today: today)), in: language) }
        try Console.write(LogEntryText.render(entry, contacts: board.loaded.contacts, registry: board.loaded.registry,
                                              today: today, language: language), in: language)
    }
}
