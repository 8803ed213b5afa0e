import ArgumentParser
import EnlaceText

/// `enlace manual`, hidden: prints the manual page `enlace.1` in roff, made from the command
/// definitions (`scripts/install` installs it; `docs/enlace.1` is the copy a test keeps in step).
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: "Print the manual page enlace.1 (roff).", shouldDisplay: false)

    /// The page's language, as every command takes it; English unless asked.
    @Option(name: .long, help: .phrase(.langHelp, value: .languageValue))
    var lang: Language?

    func run() throws {
        let page = ManualPage.render(try ManualPage.describeCommands(), version: EnlaceVersion.number)
        try Console.write(page, in: CommandLineLanguage.current)
    }
}
