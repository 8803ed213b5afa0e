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
        abstract: "Import cases from JSON Lines (one case object a line); all or nothing.")

    @Argument(help: "The file to import; - reads standard input.")
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try OpenedBoard.open(global)
        let language = board.language
        let cases = try reportingFailures(in: language) { try CaseLines.read(file: file, board: board.data) }
        try reportingFailures(in: language) { try board.store.importCases(cases) }
        Console.write(CLIPhrase.imported(language, ["count": "\(cases.count)", "path": board.store.directory.path]) + "\n")
    }
}

/// Reads and checks JSON Lines of cases; the first bad line stops everything and is named.
enum CaseLines {
    static func read(file: String, board: BoardData) throws -> [Case] {
        let contents: Data
        do {
            contents = file == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CLIError.importFileUnreadable(file: file, reason: (error as NSError).localizedDescription)
        }
        let decoder = JSONDecoder()
        var seen = Set(board.cases.map(\.id))
        let contactIDs = Set(board.contacts.map(\.id))
        var cases: [Case] = []
        for (index, line) in contents.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record: Case
            do {
                record = try decoder.decode(Case.self, from: Data(line))
            } catch {
                throw CLIError.importLineUnreadable(file: file, line: lineNumber, reason: DecodingProblem.describe(error))
            }
            if let problem = CaseValidator.validate(record, registry: board.registry, knownContactIDs: contactIDs).first {
                throw CLIError.importLineInvalid(file: file, line: lineNumber, reason: problem.message(.en))
            }
            guard seen.insert(record.id).inserted else {
                throw CLIError.importDuplicate(file: file, line: lineNumber, id: record.id)
            }
            cases.append(record)
        }
        guard !cases.isEmpty else { throw CLIError.importEmpty(file: file) }
        return cases
    }
}

/// A decoding error in a few words: the field and what was wrong with it.
enum DecodingProblem {
    static func describe(_ error: any Error) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error as? DecodingError {
        case let .keyNotFound(key, context)?: return "missing field \(path(context.codingPath + [key]))"
        case let .typeMismatch(_, context)?: return "\(path(context.codingPath)): \(context.debugDescription)"
        case let .valueNotFound(_, context)?: return "\(path(context.codingPath)) is null"
        case let .dataCorrupted(context)?:
            let field = path(context.codingPath)
            return field.isEmpty ? "not valid JSON" : "\(field): \(context.debugDescription)"
        default: return "\(error)"
        }
    }
}
