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

    var exitStatus: ExitStatus {
        switch self {
        case .unknownCase, .noDataDirectory, .queryInvalid, .emptyNote, .importFileUnreadable: .usage
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
        case let .damagedData(count, path): CLIPhrase.checkFailed(language, ["count": "\(count)", "path": path])
        case let .casesUnreadable(count, path): CLIPhrase.casesUnreadable(language, ["count": "\(count)", "path": path])
        }
    }
}
