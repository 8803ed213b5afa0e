import ArgumentParser
import EnlaceText
import Foundation

// Parsing and exit codes by hand: ArgumentParser's own exit code for bad usage is 64, and
// DESIGN.md promises 1; every failure is one line on stderr. ArgumentParser writes its help
// and usage errors in English; they are put into the command line's language here, the one
// place they reach the user (the commands' own help texts come from the catalog already).
// A message can quote an argument or a file's text: it is made safe for the terminal here.
let language = CommandLineLanguage.current
do {
    var command = try EnlaceCommand.parseAsRoot(
        CommandLineLanguage.argumentsToParse(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch let failure as ReportedFailure {
    FileHandle.standardError.write(Data(("enlace: " + SafeText.line(failure.message) + "\n").utf8))
    exit(failure.exitStatus.rawValue)
} catch {
    if EnlaceCommand.exitCode(for: error) == .success {
        // --help: ArgumentParser's full text is what the user asked for.
        let help = EnlaceCommand.fullMessage(for: error, columns: HelpLayout.unwrappedWidth)
        print(ArgumentParserWording.help(help, in: language, width: TerminalWidth.forHelp()))
        exit(ExitStatus.done.rawValue)
    }
    let message = EnlaceCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    let line = CLIHelpPhrase.seeHelp(language, ["message": ArgumentParserWording.error(message, in: language)])
    FileHandle.standardError.write(Data("enlace: \(SafeText.line(line))\n".utf8))
    exit(ExitStatus.usage.rawValue)
}
