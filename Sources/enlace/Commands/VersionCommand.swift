import ArgumentParser
import EnlaceText

/// `enlace version`, also `enlace --version` and `enlace -V`: the version and the git commit of
/// the build, one line on standard output, before any board is read.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: CommandLineLanguage.text(.versionAbstract))

    /// The spellings of the root's version flag, each the same as `enlace version`.
    static let flags: Set<String> = ["--version", "-V"]

    /// Taken as every command takes it; the line is the same in both languages.
    @Option(name: .long, help: .phrase(.langHelp, value: .languageValue))
    var lang: Language?

    func run() throws {
        try Console.write(EnlaceVersion.line + "\n", in: CommandLineLanguage.current)
    }
}

extension VersionCommand {
    /// `arguments` with a leading `--version` or `-V` read as the `version` subcommand: the
    /// root's default subcommand is the board, which would take the flag for one of its own.
    static func spelledOut(_ arguments: [String]) -> [String] {
        guard let first = arguments.first, flags.contains(first) else { return arguments }
        return ["version"] + arguments.dropFirst()
    }
}
