import ArgumentParser
import EnlaceModel
import EnlaceText

/// `enlace log add|list|show|report`: the liaison log from the command line.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: LogPhrase.logAbstract(CommandLineLanguage.current),
        subcommands: [LogAddCommand.self, LogListCommand.self, LogShowCommand.self, LogReportCommand.self, LogImportCommand.self])
}

extension ArgumentHelp {
    /// The help of a log option, with its value name, in the command line's language.
    static func log(_ abstract: LogPhrase, value: LogPhrase? = nil) -> ArgumentHelp {
        ArgumentHelp(abstract(CommandLineLanguage.current), valueName: value.map { $0(CommandLineLanguage.current) })
    }
}

extension LogKind: ExpressibleByArgument {}
extension Marking: ExpressibleByArgument {}

/// How the log's options read times, days and months.
enum LogArgument {
    /// `2026-12-01T10:30`, `2026-12-01T10:30:00Z` (or with an offset), `2026-12-01` (its start,
    /// UTC) or `now`; the error names `option`.
    static func time(_ text: String, option: String, language: Language) throws -> Timestamp {
        if text == "now" { return .now() }
        if let full = Timestamp(iso: text) { return full }
        if text.utf8.count == 16, let minute = Timestamp(iso: text + ":00Z") { return minute }
        if let day = Day(iso: text) { return Timestamp(day: day) }
        throw ReportedFailure(exitStatus: .usage, message: SafeText.line(LogPhrase.invalidTime(language, ["option": option, "value": text])))
    }

    static func day(_ text: String, option: String, language: Language) throws -> Day {
        guard let day = Day(iso: text) else {
            throw ReportedFailure(exitStatus: .usage, message: SafeText.line(LogPhrase.invalidDay(language, ["option": option, "value": text])))
        }
        return day
    }

    /// `2026-11`: the first and last day of the month.
    static func month(_ text: String, language: Language) throws -> ClosedRange<Day> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              let first = Day(year: year, month: month, day: 1) else {
            throw ReportedFailure(exitStatus: .usage, message: SafeText.line(LogPhrase.invalidMonth(language, ["value": text])))
        }
        let next = month == 12 ? Day(year: year + 1, month: 1, day: 1)! : Day(year: year, month: month + 1, day: 1)!
        return first...next.adding(days: -1)
    }
}
