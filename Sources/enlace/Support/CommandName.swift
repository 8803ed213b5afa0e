import ArgumentParser
import EnlaceText

/// The subcommand a command line names: where a usage error's help is, and what a mistyped
/// command was meant to be. Read from the raw arguments, as ArgumentParser's errors do not say
/// which command they came from.
enum CommandName {
    /// Every subcommand's name, hidden ones included.
    static var all: [String] {
        EnlaceCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// The names `--help` lists, the only ones a suggestion offers.
    static var shown: [String] {
        EnlaceCommand.configuration.subcommands.filter { $0.configuration.shouldDisplay }.compactMap { $0.configuration.commandName }
    }

    /// `enlace list` for `list cases --bogus`, `enlace` when no subcommand is named (the board).
    static func helpCommand(for arguments: [String]) -> String {
        guard let first = arguments.first, all.contains(first) else { return "enlace" }
        return "enlace " + first
    }

    /// A first argument that is neither an option nor a command is a mistyped command: the board
    /// takes no arguments, so ArgumentParser would only say "unexpected arguments".
    static func refuseUnknown(_ arguments: [String]) throws(CLIError) {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help", !all.contains(first) else { return }
        throw .unknownCommand(name: first, suggestion: suggestion(for: first))
    }

    /// The shown command closest to `name`, when it is two edits away or fewer.
    static func suggestion(for name: String) -> String? {
        let typed = name.lowercased()
        let scored = shown.map { (name: $0, distance: editDistance(typed, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= 2, best.distance < best.name.count
        else { return nil }
        return best.name
    }

    /// Levenshtein distance: insertions, deletions and substitutions of characters.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let left = Array(left), right = Array(right)
        var previous = Array(0...right.count)
        for (row, leftCharacter) in left.enumerated() {
            var current = [row + 1] + Array(repeating: 0, count: right.count)
            for (column, rightCharacter) in right.enumerated() {
                current[column + 1] = Swift.min(
                    previous[column + 1] + 1, current[column] + 1, previous[column] + (leftCharacter == rightCharacter ? 0 : 1))
            }
            previous = current
        }
        return previous[right.count]
    }

    /// ArgumentParser's output that is not a help screen (completion scripts, the answers of a
    /// custom completion, the JSON of `--experimental-dump-help`): printed as it is.
    static func asksForRawOutput(_ arguments: [String]) -> Bool {
        arguments.contains { argument in
            ["--generate-completion-script", "---completion", "--experimental-dump-help"].contains {
                argument == $0 || argument.hasPrefix($0 + "=")
            }
        }
    }
}
