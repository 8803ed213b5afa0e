import ArgumentParser
import EnlaceStore
import EnlaceText

/// `enlace init [--sample]`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: CommandLineLanguage.text(.initAbstract))

    @Flag(name: .long, help: .phrase(.initSampleHelp))
    var sample = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.preliminaryLanguage
        let directory = global.dataDirectory
        try reportingFailures(in: language) {
            let store = try Store.create(at: directory, sample: sample)
            let data = try store.load().data
            try Console.write(CLIPhrase.initialized(language, [
                "path": directory.path, "cases": "\(data.cases.count)", "contacts": "\(data.contacts.count)",
                "agencies": "\(data.registry.agencies.count)",
            ]) + "\n", in: language, saved: CLIPhrase.savedInit(language, ["path": directory.path]))
        }
    }
}
