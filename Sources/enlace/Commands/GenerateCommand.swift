import ArgumentParser
import EnlaceGenerator
import EnlaceModel
import EnlaceStore
import EnlaceText
import Foundation

/// `enlace generate --cases N [--seed S] [--contacts M] [--data DIR] [--jsonl FILE]`: a
/// FICTIONAL board of any size for benchmarks and tests, the same for the same seed.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: CommandLineLanguage.text(.generateAbstract),
        discussion: CommandLineLanguage.text(.generateDiscussion))

    @Option(name: .long, help: .phrase(.generateCasesHelp, value: .countValue))
    var cases: Int

    @Option(name: .long, help: .phrase(.generateSeedHelp, value: .seedValue))
    var seed: UInt64 = 1

    @Option(name: .long, help: .phrase(.generateContactsHelp, value: .countValue))
    var contacts: Int = 400

    @Option(name: .long, help: .phrase(.generateJSONLHelp, value: .fileValue))
    var jsonl: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.preliminaryLanguage
        guard global.data != nil || jsonl != nil else {
            throw ReportedFailure(exitStatus: .usage, message: GeneratePhrase.nowhereToWrite(language))
        }
        guard (0...BoardGenerator.maximumCases).contains(cases) else {
            throw ReportedFailure(exitStatus: .usage, message: GeneratePhrase.tooManyCases(
                language, ["count": "\(cases)", "maximum": "\(BoardGenerator.maximumCases)"]))
        }
        try reportingFailures(in: language) {
            let generator = BoardGenerator(seed: seed, contactCount: contacts, registry: try Store.embeddedRegistry())
            let made = generator.makeCases(count: cases)
            if let jsonl {
                do {
                    try GeneratedLines.write(made, to: jsonl)
                } catch {
                    throw ReportedFailure(exitStatus: .usage, message: GeneratePhrase.cannotWrite(
                        language, ["file": jsonl, "reason": (error as NSError).localizedDescription]))
                }
                try Console.write(
                    GeneratePhrase.wroteLines(language, ["cases": "\(made.count)", "file": jsonl, "seed": "\(seed)"]) + "\n",
                    in: language, saved: CLIPhrase.savedLines(language, ["file": jsonl]))
            }
            if global.data != nil {
                let directory = global.dataDirectory
                let store = try Store.create(
                    at: directory, sample: false, boardName: "Generated board (FICTIONAL), seed \(seed)")
                try store.importContacts(generator.contacts)
                try store.importCases(made)
                try Console.write(GeneratePhrase.generated(language, [
                    "path": directory.path, "cases": "\(made.count)", "contacts": "\(generator.contacts.count)",
                    "seed": "\(seed)",
                ]) + "\n", in: language, saved: CLIPhrase.savedGenerated(language, ["path": directory.path]))
            }
        }
    }
}
