import EnlaceText

/// The exit codes of DESIGN.md; scripts rely on them.
enum ExitStatus: Int32 {
    case done = 0
    /// Bad usage or an unknown id.
    case usage = 1
    /// Damaged or invalid data.
    case badData = 2
    /// A conflict with another officer's save, or the lock could not be had in time.
    case conflict = 3
    /// The user may not write the data directory (permissions, a read-only mount): no retry
    /// helps until its owner grants it, so scripts can tell it from damage.
    case notWritable = 4
    /// A new board was asked for in a directory that is not empty (and has no `board.json`):
    /// nothing was made, so a script can tell it from damage and choose another directory.
    case notEmpty = 5
}

/// An error the command line reports in one line and turns into an exit code.
protocol CommandFailure: Error {
    var exitStatus: ExitStatus { get }
    func message(_ language: Language) -> String
}

/// A failure already put into words, in the language the command settled on.
struct ReportedFailure: Error {
    let exitStatus: ExitStatus
    let message: String
}

/// Runs `body`, putting any `CommandFailure` into words in `language`.
func reportingFailures<T>(in language: @autoclosure () -> Language, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as CommandFailure {
        throw ReportedFailure(exitStatus: failure.exitStatus, message: failure.message(language()))
    }
}

import EnlaceStore

extension StoreError: CommandFailure {
    var exitStatus: ExitStatus {
        switch self {
        case .notFound, .deleted, .duplicateID, .invalidID, .alreadyExists, .readOnly: .usage
        case .damaged, .newerSchema, .notADataDirectory, .missingFile, .io: .badData
        case .conflict, .contactInUse, .lockTimeout: .conflict
        case .notWritable: .notWritable
        case .notEmpty: .notEmpty
        }
    }
}
