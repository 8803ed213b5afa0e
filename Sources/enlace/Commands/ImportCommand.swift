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
        // The list index gives the ids already on the board without decoding every case file.
        let board = try IndexedBoard.open(global, searchText: false)
        let language = board.language
        let loaded = board.loaded
        let cases = try reportingFailures(in: language) {
            try CaseLines.read(
                file: file, registry: loaded.registry, contactIDs: Set(loaded.contacts.map(\.id)),
                existingIDs: Set(loaded.cases.rows.map(\.id)))
        }
        try reportingFailures(in: language) { try board.store.importCases(cases) }
        Console.write(CLIPhrase.imported(language, ["count": "\(cases.count)", "path": board.store.directory.path]) + "\n")
    }
}

/// Reads and checks JSON Lines of cases; the first bad line stops everything and is named.
/// Lines are decoded and validated on every core; the first bad line is still the first in the file.
enum CaseLines {
    static func read(file: String, registry: AgencyRegistry, contactIDs: Set<String>, existingIDs: Set<String>) throws -> [Case] {
        let contents: Data
        do {
            contents = file == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CLIError.importFileUnreadable(file: file, reason: (error as NSError).localizedDescription)
        }
        let lines = contents.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let chunkCount = max(1, min(lines.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunkSize = (lines.count + chunkCount - 1) / chunkCount
        let results = LineResults(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let decoder = JSONDecoder()
            var cases: [(line: Int, record: Case)] = []
            var failure: CLIError?
            for index in min(lines.count, chunk * chunkSize)..<min(lines.count, (chunk + 1) * chunkSize) {
                let line = lines[index]
                let lineNumber = index + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let record: Case
                do {
                    record = try decoder.decode(Case.self, from: Data(line))
                } catch {
                    failure = .importLineUnreadable(file: file, line: lineNumber, reason: DecodingProblem.describe(error))
                    break
                }
                if let problem = CaseValidator.validate(record, registry: registry, knownContactIDs: contactIDs).first {
                    failure = .importLineInvalid(file: file, line: lineNumber, reason: problem.message(.en))
                    break
                }
                cases.append((lineNumber, record))
            }
            results.set(chunk, (cases, failure))
        }
        var seen = existingIDs
        var cases: [Case] = []
        cases.reserveCapacity(lines.count)
        // Chunks in file order: a duplicate before a later chunk's bad line is reported first, as it comes first.
        for (chunkCases, failure) in results.values() {
            for (lineNumber, record) in chunkCases {
                guard seen.insert(record.id).inserted else {
                    throw CLIError.importDuplicate(file: file, line: lineNumber, id: record.id)
                }
                cases.append(record)
            }
            if let failure { throw failure }
        }
        guard !cases.isEmpty else { throw CLIError.importEmpty(file: file) }
        return cases
    }
}

/// Where the parallel chunks of `CaseLines.read` leave their cases and first failure.
private final class LineResults: @unchecked Sendable {
    private var slots: [([(line: Int, record: Case)], CLIError?)]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: ([], nil), count: count) }

    func set(_ index: Int, _ value: ([(line: Int, record: Case)], CLIError?)) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [([(line: Int, record: Case)], CLIError?)] {
        lock.lock()
        defer { lock.unlock() }
        return slots
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
