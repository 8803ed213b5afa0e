import ArgumentParser
import Foundation

// Parsing and exit codes by hand: ArgumentParser's own exit code for bad usage is 64, and
// DESIGN.md promises 1; every failure is one line on stderr.
do {
    var command = try EnlaceCommand.parseAsRoot()
    try command.run()
} catch let failure as ReportedFailure {
    FileHandle.standardError.write(Data(("enlace: " + failure.message + "\n").utf8))
    exit(failure.exitStatus.rawValue)
} catch {
    if EnlaceCommand.exitCode(for: error) == .success {
        // --help: ArgumentParser's full text is what the user asked for.
        print(EnlaceCommand.fullMessage(for: error))
        exit(ExitStatus.done.rawValue)
    }
    let message = EnlaceCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    FileHandle.standardError.write(Data("enlace: \(message) (see enlace --help)\n".utf8))
    exit(ExitStatus.usage.rawValue)
}
