import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText

/// `enlace log list [--month 2026-11] [--report overdue] [--official C-0004] [--filter Q] [--json]`.
struct LogListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: LogPhrase.listAbstract(CommandLineLanguage.current))

    enum ReportFilter: String, ExpressibleByArgument, CaseIterable {
        case due, overdue, confirmed, none
    }

    @Option(name: .long, help: .log(.monthHelp, value: .monthValue))
    var month: String?

    @Option(name: .long, help: .log(.reportFilterHelp, value: .stateValue))
    var report: ReportFilter?

    @Option(name: .long, help: .log(.officialHelp, value: .contactValue), completion: DataCompletion.contactIDs)
    var official: String?

    @Option(name: .long, help: .log(.officerHelp, value: .loginValue))
    var officer: String?

    @Option(name: .customLong("case"), help: .log(.caseHelp, value: .caseValue), completion: DataCompletion.caseIDs)
    var caseID: String?

    @Option(name: .long, help: .log(.agencyHelp, value: .agencyValue), completion: DataCompletion.agencyCodes)
    var agency: String?

    @Option(name: .long, help: .phrase(.listFilterHelp, value: .queryValue), completion: DataCompletion.filter)
    var filter: String?

    @Flag(name: .long, help: .log(.jsonHelp))
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let opened = try LogBoard.open(global)
        let language = opened.language
        let today = Timestamp.now().day
        let query = try opened.board.query(filter)
        let context = opened.board.queryContext
        let days = try month.map { try LogArgument.month($0, language: language) }
        let entries = opened.entries.filter { entry in
            (days.map { $0.contains(entry.start.day) } ?? true)
                && (report.map { $0.rawValue == entry.reportState(today: today).keyword } ?? true)
                && (official.map { entry.officials.contains($0.uppercased()) } ?? true)
                && (officer.map { entry.officers.contains($0) } ?? true)
                && (caseID.map { entry.cases.contains($0.uppercased()) } ?? true)
                && (agency.map { entry.agencies.contains($0.uppercased()) } ?? true)
                && (query?.matches(entry, context) ?? true)
        }
        if json {
            try Console.write(try JSONOutput.encode(entries.map { LogEntryWithReportState($0, today: today) }), in: language)
        } else {
            var table = TextTable(headers: [CLIPhrase.headerID(language), LogPhrase.headerStart(language), LogPhrase.headerKind(language),
                                            LogPhrase.headerReport(language), LogPhrase.headerOfficials(language), LogPhrase.headerTopic(language)])
            for entry in entries {
                table.append([entry.id, LogEntryWording.minute(entry.start), entry.kind.phrase(language),
                              entry.reportState(today: today).phrase(language), entry.officials.joined(separator: ","),
                              entry.topic(language)])
            }
            try Console.write(table.render(width: TerminalWidth.ofStandardOutput()), in: language)
        }
        try opened.refuseUnreadable()
    }
}
