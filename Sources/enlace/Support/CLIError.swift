import EnlaceModel
import EnlaceText
import EnlaceUI

/// What the command line itself refuses, with the data its one-line message needs.
enum CLIError: CommandFailure {
    case unknownCase(id: String, path: String)
    case noDataDirectory(path: String)
    case importLineUnreadable(file: String, line: Int, reason: String)
    case importLineInvalid(file: String, line: Int, reason: String)
    case importDuplicate(file: String, line: Int, id: String)
    case importEmpty(file: String)
    case importFileUnreadable(file: String, reason: String)
    case queryInvalid(QueryError)
    case emptyNote
    case damagedData(count: Int, path: String)
    /// Case files a listing left out because they could not be read (each named before it).
    case casesUnreadable(count: Int, path: String)
    /// A first argument that names no command, with the command it most likely meant.
    case unknownCommand(name: String, suggestion: String?)
    /// `--data ''`: not the default, which leaving `--data` out gives.
    case emptyDataOption
    case noteInputUnreadable(reason: String)
    /// `-o` names a file whose extension is no brief format.
    case briefExtensionUnknown(file: String, fileExtension: String)
    /// `-o` names a file of one format and `--format` asks for another.
    case briefExtensionMismatch(file: String, fileExtension: String, format: String)
    /// A `--filter` term that no record of the kind listed can match (`status:` on contacts).
    case filterTermNotForKind(term: String, kind: String, fields: [String])
    /// The board was asked to make a sample board in a directory that does not exist, and the officer said no.
    case boardCreateDeclined(path: String)
    /// The same, with no terminal to ask on.
    case boardCreateNotInteractive(path: String)

    var exitStatus: ExitStatus {
        switch self {
        case .unknownCase, .noDataDirectory, .queryInvalid, .emptyNote, .importFileUnreadable: .usage
        case .unknownCommand, .emptyDataOption, .noteInputUnreadable, .briefExtensionUnknown, .briefExtensionMismatch,
             .filterTermNotForKind, .boardCreateDeclined, .boardCreateNotInteractive: .usage
        case .importLineUnreadable, .importLineInvalid, .importDuplicate, .importEmpty, .damagedData, .casesUnreadable: .badData
        }
    }

    func message(_ language: Language) -> String {
        switch self {
        case let .unknownCase(id, path): CLIPhrase.unknownCase(language, ["id": id, "path": path])
        case let .noDataDirectory(path): CLIPhrase.noDataDirectory(language, ["path": path])
        case let .importLineUnreadable(file, line, reason):
            CLIPhrase.importLineUnreadable(language, ["file": file, "line": "\(line)", "reason": reason])
        case let .importLineInvalid(file, line, reason):
            CLIPhrase.importLineInvalid(language, ["file": file, "line": "\(line)", "reason": reason])
        case let .importDuplicate(file, line, id):
            CLIPhrase.importDuplicate(language, ["file": file, "line": "\(line)", "id": id])
        case let .importEmpty(file): CLIPhrase.importEmpty(language, ["file": file])
        case let .importFileUnreadable(file, reason): CLIPhrase.importFileUnreadable(language, ["file": file, "reason": reason])
        case let .queryInvalid(error): CLIPhrase.queryInvalid(language, ["reason": error.message(language)])
        case .emptyNote: CLIPhrase.emptyNote(language)
        case let .damagedData(count, path):
            count == 1
                ? CLIPhrase.checkFailedOne(language, ["path": path])
                : CLIPhrase.checkFailed(language, ["count": "\(count)", "path": path])
        case let .casesUnreadable(count, path): CLIPhrase.casesUnreadable(language, ["count": "\(count)", "path": path])
        case let .unknownCommand(name, suggestion?): CLIPhrase.unknownCommand(language, ["name": name, "suggestion": suggestion])
        case let .unknownCommand(name, nil): CLIPhrase.unknownCommandNoSuggestion(language, ["name": name])
        case .emptyDataOption: CLIPhrase.emptyDataOption(language)
        case let .noteInputUnreadable(reason): CLIPhrase.noteInputUnreadable(language, ["reason": reason])
        case let .briefExtensionUnknown(file, fileExtension):
            CLIPhrase.briefExtensionUnknown(language, ["file": file, "ext": fileExtension])
        case let .briefExtensionMismatch(file, fileExtension, format):
            CLIPhrase.briefExtensionMismatch(language, ["file": file, "ext": fileExtension, "format": format])
        case let .filterTermNotForKind(term, kind, fields):
            CLIPhrase.filterTermNotForKind(language, ["term": term, "kind": kind, "fields": fields.joined(separator: ", ")])
        case let .boardCreateDeclined(path): CLIPhrase.boardCreateDeclined(language, ["path": path])
        case let .boardCreateNotInteractive(path): CLIPhrase.boardCreateNotInteractive(language, ["path": path])
        }
    }
}
