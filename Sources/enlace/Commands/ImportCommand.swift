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
        // The list index gives the ids already on the board without decoding every case file.
        let board = try IndexedBoard.open(global, searchText: false)
        let language = board.language
        let cases = try reportingFailures(in: language) { try ImportFile.read(file: file, board: board) }
        try reportingFailures(in: language) { try board.store.importCases(cases) }
        Console.write(CLIPhrase.imported(language, ["count": "\(cases.count)", "path": board.store.directory.path]) + "\n")
    }
}

/// Reads the file and hands it to the store's reader of the import format; the first bad line
/// stops everything and is named.
enum ImportFile {
    static func read(file: String, board: IndexedBoard) throws -> [Case] {
        let language = board.language
        let limit = CaseLines.maximumFileSize
        let contents: Data
        do {
            // A file known to be too large is refused before a byte of it is read.
            if file != "-", let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int, size > limit {
                throw CLIError.importFileUnreadable(file: file, reason: StorePhrase.reasonTooLarge(
                    language, ["bytes": "\(size)", "limit": "\(limit)"]))
            }
            let handle = file == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
            // One byte past the limit is enough to know the file is too large, without reading it all.
            contents = try handle.read(upToCount: limit + 1) ?? Data()
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.importFileUnreadable(file: file, reason: (error as NSError).localizedDescription)
        }
        let loaded = board.loaded
        switch CaseLines.decode(
            contents, registry: loaded.registry, contactIDs: Set(loaded.contacts.map(\.id)),
            existingIDs: Set(loaded.cases.rows.map(\.id))
        ) {
        case .success(let cases):
            return cases
        case .failure(.fileTooLarge(let bytes, let limit)):
            throw CLIError.importFileUnreadable(file: file, reason: StorePhrase.reasonTooLarge(
                language, ["bytes": bytes > limit ? "> \(limit)" : "\(bytes)", "limit": "\(limit)"]))
        case .failure(.lineTooLong(let line, let bytes, let limit)):
            throw CLIError.importLineUnreadable(file: file, line: line, reason: StorePhrase.reasonLineTooLong(
                language, ["bytes": "\(bytes)", "limit": "\(limit)"]))
        case .failure(.unreadable(let line, _, let reason)):
            throw CLIError.importLineUnreadable(file: file, line: line, reason: reason.message(language))
        case .failure(.invalid(let line, let error)):
            throw CLIError.importLineInvalid(file: file, line: line, reason: error.message(language))
        case .failure(.duplicate(let line, let id)):
            throw CLIError.importDuplicate(file: file, line: line, id: id)
        case .failure(.empty):
            throw CLIError.importEmpty(file: file)
        }
    }
}
