import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// `enlace import FILE`: JSON Lines of case objects, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: CommandLineLanguage.text(.importAbstract))

    @Argument(help: .phrase(.importFileHelp, value: .fileValue))
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try IndexedBoard.open(global, searchText: false)
        let language = board.language
        let contents = try reportingFailures(in: language) { try ImportFile.read(file: file, language: language) }
        let loaded = board.loaded
        let contactIDs = Set(loaded.contacts.map(\.id))
        let imported = try reportingFailures(in: language) { () throws -> Int in
            // Each case is written as soon as its line is read; the board sees none before commit.
            let transaction = try board.store.beginImport()
            switch CaseLines.stage(contents, registry: loaded.registry, contactIDs: contactIDs, into: transaction) {
            case .success(let staged):
                try transaction.commit(staged)
                return staged.count
            case .failure(let problem):
                transaction.abandon()
                throw ImportFile.error(for: problem, file: file, language: language)
            }
        }
        let arguments: KeyValuePairs = ["count": "\(imported)", "path": board.store.directory.path]
        try Console.write(CLIPhrase.imported(language, arguments) + "\n", in: language,
                          saved: CLIPhrase.savedImport(language, arguments))
    }
}

/// The import file's bytes, and what its first bad line means to the user.
enum ImportFile {
    static func read(file: String, language: Language) throws -> Data {
        let limit = CaseLines.maximumFileSize
        do {
            // A file known to be too large is refused before a byte of it is read.
            if file != "-", let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int, size > limit {
                throw CLIError.importFileUnreadable(file: file, reason: StorePhrase.reasonTooLarge(
                    language, ["bytes": "\(size)", "limit": "\(limit)"]))
            }
            let handle = file == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
            // One byte past the limit is enough to know the file is too large, without reading it all.
            return try handle.read(upToCount: limit + 1) ?? Data()
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.importFileUnreadable(file: file, reason: (error as NSError).localizedDescription)
        }
    }

    /// The error that reports `problem`: the line and what is wrong with it, or the store's own
    /// error for a case the board refused.
    static func error(for problem: CaseLines.Problem, file: String, language: Language) -> any Error {
        switch problem {
        case .fileTooLarge(let bytes, let limit):
            CLIError.importFileUnreadable(file: file, reason: StorePhrase.reasonTooLarge(
                language, ["bytes": bytes > limit ? "> \(limit)" : "\(bytes)", "limit": "\(limit)"]))
        case .lineTooLong(let line, let bytes, let limit):
            CLIError.importLineUnreadable(file: file, line: line, reason: StorePhrase.reasonLineTooLong(
                language, ["bytes": "\(bytes)", "limit": "\(limit)"]))
        case .unreadable(let line, _, let reason):
            CLIError.importLineUnreadable(file: file, line: line, reason: reason.message(language))
        case .invalid(let line, let error):
            CLIError.importLineInvalid(file: file, line: line, reason: error.message(language))
        case .duplicate(let line, let id):
            CLIError.importDuplicate(file: file, line: line, id: id)
        case .refused(_, let error):
            error
        case .empty:
            CLIError.importEmpty(file: file)
        }
    }
}
