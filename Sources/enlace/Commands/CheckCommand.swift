import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI

/// `enlace check`: every file readable, every record valid; exit 2 names what is not.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: CommandLineLanguage.text(.checkAbstract))

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // Warnings are printed below, once, with the whole audit log read instead of its end.
        let board = try OpenedBoard.open(global, mode: .readOnly, warn: false)
        let language = board.language
        let data = board.data
        let audit = try reportingFailures(in: language) { try board.store.checkAuditLog() }
        for warning in audit.warnings { Console.warn(warning.message(language)) }
        var problems = board.problems.map { $0.error.message(language) }
        problems += audit.problems.map { $0.error.message(language) }
        let log = try reportingDataFailures(in: language, directory: board.store.directory) { try board.store.loadLog() }
        problems += log.problems.map { $0.error.message(language) }
        let auditPath = board.store.directory.appendingPathComponent("audit.jsonl").path
        for finding in board.store.auditFindings(audit, data: data, log: log.entries, problems: board.problems + log.problems) {
            let line = finding.message(language, path: auditPath)
            if finding.isCrashWindow { Console.warn(line) } else { problems.append(line) }
        }
        problems += RegistryValidator.validate(data.registry).map { "agencies.json: " + $0.message(language) }
        let contactIDs = Set(data.contacts.map(\.id))
        for contact in data.contacts {
            problems += ContactValidator.validate(contact, registry: data.registry).map { "contacts.json: " + $0.message(language) }
        }
        for record in data.cases {
            problems += CaseValidator.validate(record, registry: data.registry, knownContactIDs: contactIDs)
                .map { "cases/\(record.id).json: " + $0.message(language) }
        }
        for entry in log.entries {
            problems += LogEntryValidator.validate(entry, registry: data.registry, contactIDs: contactIDs)
                .map { "log/\(entry.id).json: " + $0.message(language) }
        }
        // Fields a newer version or a script wrote are kept, not damage: notes, whatever the outcome.
        for contact in data.contacts {
            for field in contact.unknownFields.sortedNames {
                Console.warn(CLIPhrase.unknownContactFieldKept(language, ["file": "contacts.json", "id": contact.id, "field": field]))
            }
        }
        for record in data.cases {
            for field in record.unknownFields.sortedNames {
                Console.warn(CLIPhrase.unknownFieldKept(language, ["file": "cases/\(record.id).json", "field": field]))
            }
        }
        for entry in log.entries {
            for field in entry.unknownFields.sortedNames {
                Console.warn(CLIPhrase.unknownFieldKept(language, ["file": "log/\(entry.id).json", "field": field]))
            }
        }
        let path = board.store.directory.path
        guard problems.isEmpty else {
            for problem in problems { Console.warn(problem) }
            throw ReportedFailure(exitStatus: .badData, message: CLIError.damagedData(count: problems.count, path: path).message(language))
        }
        try Console.write(CLIPhrase.checkPassed(language, [
            "path": path, "cases": "\(data.cases.count)", "contacts": "\(data.contacts.count)",
            "agencies": "\(data.registry.agencies.count)",
        ]) + "\n", in: language)
    }
}
