import ArgumentParser
import EnlaceText
import Foundation

// Parsing and exit codes by hand: ArgumentParser's own exit code for bad usage is 64, and
// DESIGN.md promises 1; every failure is one line on stderr. ArgumentParser writes its help
// and usage errors in English; they are put into the command line's language here, the one
// place they reach the user (the commands' own help texts come from the catalog already).
// A message can quote an argument or a file's text: Console.report makes it safe for the terminal.
let language = CommandLineLanguage.current
let arguments = VersionCommand.spelledOut(Array(CommandLine.arguments.dropFirst()))
do {
    try reportingFailures(in: language) { try CommandName.refuseUnknown(arguments) }
    var command = try EnlaceCommand.parseAsRoot(CommandLineLanguage.argumentsToParse(arguments))
    try command.run()
} catch let failure as ReportedFailure {
    Console.report(failure.message)
    exit(failure.exitStatus.rawValue)
} catch {
    if EnlaceCommand.exitCode(for: error) == .success {
        do {
            if CommandName.asksForRawOutput(arguments) {
                // A completion script or ArgumentParser's JSON: for a shell or a program, as it is.
                let text = EnlaceCommand.fullMessage(for: error)
                try Console.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n", in: language)
            } else {
                // --help: ArgumentParser's full text is what the user asked for.
                let help = EnlaceCommand.fullMessage(for: error, columns: HelpLayout.unwrappedWidth)
                try Console.write(ArgumentParserWording.help(help, in: language, width: TerminalWidth.forHelp()) + "\n", in: language)
            }
        } catch {
            Console.report(error.message)
            exit(error.exitStatus.rawValue)
        }
        exit(ExitStatus.done.rawValue)
    }
    let message = EnlaceCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    let line = CLIHelpPhrase.seeHelp(language, [
        "message": ArgumentParserWording.error(message, in: language), "command": CommandName.helpCommand(for: arguments),
    ])
    Console.report(line)
    exit(ExitStatus.usage.rawValue)
}
