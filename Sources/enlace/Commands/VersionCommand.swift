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
    /// `arguments` with a leading `--version` or `-V` (after any `--lang`) read as the `version`
    /// subcommand: the root's default subcommand is the board, which would take the flag for one
    /// of its own.
    static func spelledOut(_ arguments: [String]) -> [String] {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            if arguments[index] == "--lang" { index += 2 } else if arguments[index].hasPrefix("--lang=") { index += 1 } else { break }
        }
        guard index < arguments.endIndex, flags.contains(arguments[index]) else { return arguments }
        var rest = arguments
        rest.remove(at: index)
        return ["version"] + rest
    }
}
