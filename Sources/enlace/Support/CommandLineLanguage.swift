import ArgumentParser
import EnlaceText
import Foundation

/// The language of `--help` and of usage errors, settled from the raw command line before
/// ArgumentParser parses it: ArgumentParser reads the commands' `configuration` and the help of
/// their options while it parses, and needs the words by then.
///
/// The rule is `Language.choose` without the board: `--lang en|es` anywhere on the command
/// line, else `LC_ALL`/`LC_MESSAGES`/`LANG`, else English. The board's `defaultLanguage` is
/// left out on purpose: finding the data directory would mean parsing `--data` by hand, and
/// help should read the same with or without a board (commands that read the board use its
/// default for everything they print after).
enum CommandLineLanguage {
    /// The language of this process's command line.
    static let current = choose(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    static func choose(arguments: [String], environment: [String: String]) -> Language {
        Language.choose(explicit: explicit(in: arguments), boardDefault: nil, environment: environment)
    }

    /// The last valid `--lang X` or `--lang=X` before a `--` (ArgumentParser keeps the last
    /// one too); a value that is not a language is left for ArgumentParser to refuse.
    static func explicit(in arguments: [String]) -> Language? {
        languageOptions(in: arguments).last?.language
    }

    /// The arguments ArgumentParser is given. A request for help loses its `--lang`: the
    /// language is settled by then, and left in, `--lang` would turn `enlace --help --lang es`
    /// into the help of the default subcommand, and `enlace help list --lang es` into an error.
    static func argumentsToParse(_ arguments: [String]) -> [String] {
        var remaining = arguments
        for option in languageOptions(in: arguments).reversed() { remaining.removeSubrange(option.positions) }
        let beforeEnd = remaining.prefix { $0 != "--" }
        let asksForHelp = beforeEnd.first == "help" || beforeEnd.contains("--help") || beforeEnd.contains("-h")
        return asksForHelp ? remaining : arguments
    }

    /// Each valid `--lang X` or `--lang=X` before a `--`, with where it is.
    private static func languageOptions(in arguments: [String]) -> [(language: Language, positions: Range<Int>)] {
        var found: [(language: Language, positions: Range<Int>)] = []
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                if let language = Language(rawValue: arguments[index + 1]) { found.append((language, index..<index + 2)) }
                index += 1
            } else if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst("--lang=".count))) {
                found.append((language, index..<index + 1))
            }
            index += 1
        }
        return found
    }

    /// A help text in the command line's language.
    static func text(_ phrase: CLIHelpPhrase) -> String {
        phrase.text(current)
    }
}

extension ArgumentHelp {
    /// The help of an option or argument from the catalog, with its value name, in the command
    /// line's language.
    static func phrase(_ abstract: CLIHelpPhrase, value: CLIHelpPhrase? = nil) -> ArgumentHelp {
        ArgumentHelp(CommandLineLanguage.text(abstract), valueName: value.map(CommandLineLanguage.text))
    }
}
