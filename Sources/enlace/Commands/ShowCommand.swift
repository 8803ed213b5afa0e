import ArgumentParser
import EnlaceModel
import EnlaceText

/// `enlace show CASE-ID [--json]`.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one case in full.")

    @Argument(help: "The case id, e.g. MX-2026-0042.")
    var caseID: String

    @Flag(name: .long, help: "The case record as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try OpenedBoard.open(global)
        let language = board.language
        guard let record = board.data.cases.first(where: { $0.id == caseID.uppercased() }) else {
            throw ReportedFailure(
                exitStatus: .usage,
                message: CLIError.unknownCase(id: caseID, path: board.store.directory.path).message(language))
        }
        if json { return Console.write(try JSONOutput.encode(record)) }
        Console.write(CaseText.render(record, data: board.data, language: language))
    }
}
