import ArgumentParser
import EnlaceApp
import EnlaceStore
import Foundation

/// `enlace`: the board. Where no data directory exists yet, it is made from the sample board,
/// so that the first run shows something to work with.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "board", abstract: CommandLineLanguage.text(.boardAbstract))

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("export-dir"), help: .phrase(.boardExportDirHelp, value: .directoryValue))
    var exportDir: String?

    func run() throws {
        let directory = global.dataDirectory
        let language = global.preliminaryLanguage
        let openStore = { () throws -> Store in
            guard !FileManager.default.fileExists(atPath: directory.appendingPathComponent(DataDirectory.boardFile).path) else {
                return global.store()
            }
            return try reportingFailures(in: language) { try Store.create(at: directory, sample: true) }
        }
        let options = BoardOptions(
            explicitLanguage: global.lang, exportDirectory: exportDir.map { URL(fileURLWithPath: $0, isDirectory: true) })
        try TerminalDriver.run(language: language) { terminal in
            try BoardRuntime(terminal: terminal, store: try openStore(), options: options).run()
        }
    }
}
