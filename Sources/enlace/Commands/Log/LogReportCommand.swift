import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText

/// `enlace log report LOG-2026-0001 --filed 2026-12-03 [--acknowledgement SRE-…]`: the
/// counterpart confirmed the three-day report.
struct LogReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: LogPhrase.reportAbstract(CommandLineLanguage.current))

    @Argument(help: .log(.logIDHelp, value: .logIDValue))
    var id: String

    @Option(name: .long, help: .log(.filedHelp, value: .dayValue))
    var filed: String

    @Option(name: [.customLong("acknowledgement"), .customLong("ack")], help: .log(.acknowledgementHelp, value: .numberValue))
    var acknowledgement = ""

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.preliminaryLanguage
        let store = global.store()
        let filedOn = try LogArgument.day(filed, option: "--filed", language: language)
        let logID = id.uppercased()
        let saved = try reportingDataFailures(in: language, directory: store.directory) { () throws -> LogEntry in
            guard let entry = try store.readLogEntry(id: logID) else { throw StoreError.notFound(id: logID) }
            if filedOn < entry.start.day {
                throw ReportedFailure(exitStatus: .usage, message: ValidationError.reportBeforeContact(
                    logID: logID, filedOn: filedOn, contactDay: entry.start.day).message(language))
            }
            return try store.confirmReport(logID: logID, report: ContactReport(filedOn: filedOn, acknowledgement: acknowledgement))
        }
        try Console.write(
            LogPhrase.reportRecorded(language, ["id": saved.id, "filed": filedOn.iso, "version": String(saved.version)]) + "\n",
            in: language, saved: LogPhrase.savedLog(language, ["id": saved.id, "version": String(saved.version)]))
    }
}
