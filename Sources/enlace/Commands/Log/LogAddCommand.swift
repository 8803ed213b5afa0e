import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText
import Foundation

/// `enlace log add --kind call --official C-0004 --topic "…" [...]`: one new entry, checked
/// against the board's contacts, agencies and cases before anything is written.
struct LogAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: LogPhrase.addAbstract(CommandLineLanguage.current))

    @Option(name: .long, help: .log(.kindHelp, value: .kindValue))
    var kind: LogKind

    @Option(name: .long, help: .log(.atHelp, value: .timeValue))
    var at = "now"

    @Option(name: .long, help: .log(.endHelp, value: .timeValue))
    var end: String?

    @Option(name: .long, help: .log(.topicHelp, value: .textValue))
    var topic: String

    @Option(name: .customLong("topic-es"), help: .log(.topicEsHelp, value: .textValue))
    var topicEs: String?

    @Option(name: .long, help: .log(.summaryHelp, value: .textValue))
    var summary = ""

    @Option(name: .customLong("summary-es"), help: .log(.summaryEsHelp, value: .textValue))
    var summaryEs: String?

    @Option(name: .customLong("official"), help: .log(.officialHelp, value: .contactValue), completion: DataCompletion.contactIDs)
    var officials: [String] = []

    @Option(name: .customLong("agency"), help: .log(.agencyHelp, value: .agencyValue), completion: DataCompletion.agencyCodes)
    var agencies: [String] = []

    @Option(name: .customLong("case"), help: .log(.caseHelp, value: .caseValue), completion: DataCompletion.caseIDs)
    var cases: [String] = []

    @Option(name: .customLong("officer"), help: .log(.officerHelp, value: .loginValue))
    var officers: [String] = []

    @Option(name: .long, help: .log(.postHelp, value: .textValue))
    var post = ""

    @Option(name: .long, help: .log(.placeHelp, value: .textValue))
    var place = ""

    @Option(name: .long, help: .log(.markingHelp, value: .markingValue))
    var marking: Marking = .amber

    @Flag(name: .long, help: .log(.releasableHelp))
    var releasable = false

    @Option(name: .customLong("follow-up"), help: .log(.followUpHelp, value: .textValue))
    var followUps: [String] = []

    @Flag(name: .long, help: .log(.jsonHelp))
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try IndexedBoard.open(global, searchText: false)
        let language = board.language
        let store = board.store
        let start = try LogArgument.time(at, option: "--at", language: language)
        let contacts = board.loaded.contacts
        let officials = officials.map { $0.uppercased() }
        // The officials' agencies sit at the table whether or not they are named.
        var agencyCodes: [String] = []
        for code in agencies.map({ $0.uppercased() }) + officials.compactMap({ id in contacts.first { $0.id == id }?.agency })
        where !agencyCodes.contains(code) {
            agencyCodes.append(code)
        }
        let caseIDs = cases.map { $0.uppercased() }
        let knownCases = Set(board.loaded.cases.rows.map(\.id))
        if let unknown = caseIDs.first(where: { IdentifierFormat.isCaseID($0) && !knownCases.contains($0) }) {
            throw ReportedFailure(exitStatus: .usage, message: SafeText.line(LogPhrase.unknownCase(language, [
                "id": unknown, "path": store.directory.path])))
        }
        let entry = LogEntry(
            id: "LOG-\(String(format: "%04d", start.day.year))-0000", kind: kind, start: start,
            end: try end.map { try LogArgument.time($0, option: "--end", language: language) },
            post: post, place: place, officers: officers.isEmpty ? [store.user] : officers, officials: officials,
            agencies: agencyCodes, cases: caseIDs, topic: topic, topicEs: topicEs, summary: summary, summaryEs: summaryEs,
            marking: marking, releasableToMexico: releasable, followUps: followUps,
            createdAt: .now(), createdBy: store.user)
        let errors = LogEntryValidator.validate(entry, registry: board.loaded.registry, contactIDs: Set(contacts.map(\.id)))
        if let error = errors.first {
            // A new entry has no id yet: the message names the option that carried the value.
            throw ReportedFailure(exitStatus: .usage, message: SafeText.line(Self.option(for: error.field) + ": " + error.problem(language)))
        }
        let saved = try reportingDataFailures(in: language, directory: store.directory) {
            try store.create(logEntry: entry, year: start.day.year)
        }
        if json { return try Console.write(try JSONOutput.encode(LogEntryWithReportState(saved, today: Timestamp.now().day)), in: language) }
        let message = saved.reportDue.map { LogPhrase.logged(language, ["id": saved.id, "due": $0.iso]) }
            ?? LogPhrase.loggedNoReport(language, ["id": saved.id])
        try Console.write(message + "\n", in: language,
                          saved: LogPhrase.savedLog(language, ["id": saved.id, "version": String(saved.version)]))
    }

    /// The option that sets a log entry's field.
    static func option(for field: String) -> String {
        switch field {
        case "officials": "--official"
        case "agencies": "--agency"
        case "cases": "--case"
        case "officers": "--officer"
        case "followUps": "--follow-up"
        case "report.filedOn": "--filed"
        default: "--" + field
        }
    }
}
