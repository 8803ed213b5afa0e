import ArgumentParser
import EnlaceBrief
import EnlaceModel
import EnlaceText
import Foundation

/// `enlace report contacts --month 2026-11 [...]`: documents made from the board's records.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: LogPhrase.reportCommandAbstract(CommandLineLanguage.current),
        subcommands: [ContactReportCommand.self])
}

/// `enlace report contacts --month 2026-11 [--officer LOGIN | --agency CODE] [--format F]
/// [--releasable] [-o FILE] [--force]`: the month's contacts with Mexican officials, grouped by
/// agency and official, with each three-day report's state; written as briefs are.
struct ContactReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts", abstract: LogPhrase.contactReportAbstract(CommandLineLanguage.current))

    @Option(name: .long, help: .log(.monthHelp, value: .monthValue))
    var month: String

    @Option(name: .long, help: .log(.officerHelp, value: .loginValue))
    var officer: String?

    @Option(name: .long, help: .log(.agencyHelp, value: .agencyValue), completion: DataCompletion.agencyCodes)
    var agency: String?

    @Option(name: .long, help: .phrase(.briefFormatHelp, value: .formatValue))
    var format: BriefFormat?

    @Flag(name: .long, help: .phrase(.briefReleasableHelp))
    var releasable = false

    @Option(name: [.customShort("o"), .customLong("output")], help: .phrase(.briefOutputHelp, value: .fileValue))
    var output: String?

    @Flag(name: .long, help: .phrase(.briefForceHelp))
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // As for a brief: `-o -` is standard output, and a file name must say the format it holds.
        let output = self.output == "-" ? nil : self.output
        try reportingFailures(in: global.preliminaryLanguage) { try BriefCommand.checkExtension(of: output, format: format) }
        let board = try OpenedBoard.open(global)
        let language = board.language
        _ = try LogArgument.month(month, language: language)
        let options = BriefOptions(
            language: language, releasable: releasable, generatedAt: Timestamp.now(), generatedBy: ProcessInfo.processInfo.userName)
        let document = ContactReportDocument(month: month, data: board.data, officer: officer, agency: agency, options: options)
        let text: String
        do throws(BriefError) {
            text = try document.rendered(as: BriefFormat.resolve(explicit: format, outputPath: output))
            if let output {
                do throws(BriefWriteError) {
                    return try BriefWriter(force: force).write(text, to: URL(fileURLWithPath: output))
                } catch {
                    throw BriefError.write(error)
                }
            }
        } catch {
            throw ReportedFailure(exitStatus: error.exitStatus, message: error.message(language))
        }
        try Console.write(text, in: language)
    }
}
