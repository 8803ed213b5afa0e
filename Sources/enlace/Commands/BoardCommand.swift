import ArgumentParser
import EnlaceApp
import EnlaceStore
import EnlaceText
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
        if Self.isChosen(global), !FileManager.default.fileExists(atPath: directory.path) {
            try reportingFailures(in: language) { try Self.confirmNewBoard(at: directory, language: language) }
        }
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

extension BoardCommand {
    /// Whether the data directory was named (`--data`, `$ENLACE_DATA`) rather than the default:
    /// a named directory that does not exist is likelier a typing mistake than a first run.
    static func isChosen(_ global: GlobalOptions) -> Bool {
        global.data != nil || !(ProcessInfo.processInfo.environment["ENLACE_DATA"] ?? "").isEmpty
    }

    /// Asks on the terminal, before curses starts, whether to make a FICTIONAL sample board in
    /// `directory`, which does not exist; no terminal to ask, or any answer but yes, refuses.
    static func confirmNewBoard(at directory: URL, language: Language) throws(CLIError) {
        guard isatty(STDIN_FILENO) == 1 else { throw .boardCreateNotInteractive(path: directory.path) }
        let prompt = SafeText.line(CLIPhrase.boardCreatePrompt(language, ["path": directory.path]))
        FileHandle.standardError.write(Data(prompt.utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard ["y", "yes", "s", "si", "sí"].contains(answer) else { throw .boardCreateDeclined(path: directory.path) }
    }
}
