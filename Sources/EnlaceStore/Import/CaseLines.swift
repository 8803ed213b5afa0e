import EnlaceModel
import Foundation
import Synchronization

/// The format of `enlace import`: JSON Lines, one case object a line. Reading is all or
/// nothing: the first bad line stops it and is named.
///
/// Limits keep a hostile or mistaken file from taking the host's memory: the whole file, and
/// each line (a case with years of notes is a few hundred kilobytes; 100,000 ordinary cases fit in
/// the file limit). Nesting is limited by the decoder (512 levels), as in the store's own files.
public enum CaseLines {
    /// The most bytes an import file may have.
    public static let maximumFileSize = 1 << 30
    /// The most bytes one line may have.
    public static let maximumLineLength = 16 << 20

    /// What stops an import, with the line (1-based) where it applies.
    public enum Problem: Error, Sendable, Equatable {
        /// The file is larger than `maximumFileSize`.
        case fileTooLarge(bytes: Int, limit: Int)
        /// A line is longer than `maximumLineLength`.
        case lineTooLong(line: Int, bytes: Int, limit: Int)
        /// A line is not a case object; `column` and `reason` say where and why.
        case unreadable(line: Int, column: Int, reason: DamageReason)
        /// A line is a case that breaks a rule of the board.
        case invalid(line: Int, error: ValidationError)
        /// A line's id is on the board already, or on an earlier line.
        case duplicate(line: Int, id: String)
        /// The board refused a line's case while it was staged: its id was deleted from the
        /// board, or the write failed.
        case refused(line: Int, error: StoreError)
        /// No line holds a case.
        case empty
    }

    /// The cases of `contents`, each decoded and validated against `board`, in order (the fuzz
    /// target reads import lines this way).
    public static func decode(_ contents: Data, board: BoardData) -> Result<[Case], Problem> {
        decode(contents, registry: board.registry, contactIDs: Set(board.contacts.map(\.id)),
               existingIDs: Set(board.cases.map(\.id)))
    }

    /// The cases of `contents`, decoded and validated on every core. What is reported is still
    /// the first problem in file order, exactly as a line-by-line reading would find it.
    public static func decode(
        _ contents: Data, registry: AgencyRegistry, contactIDs: Set<String>, existingIDs: Set<String>
    ) -> Result<[Case], Problem> {
        read(contents, registry: registry, contactIDs: contactIDs, existingIDs: existingIDs) { record, _ in
            .success(record)
        }.map { $0.map(\.kept) }
    }

    /// Reads `contents` as `decode` does and hands each valid case to `transaction` as soon as
    /// it is read, on the thread that read it, so that reading and writing overlap and no line's
    /// case is kept in memory. Gives the ids and versions staged, in file order, for
    /// `ImportTransaction.commit`, or the first problem in file order: a case the board refuses
    /// (an id it has: `duplicate`; one it deleted, or a failed write: `refused`) is its line's.
    public static func stage(
        _ contents: Data, registry: AgencyRegistry, contactIDs: Set<String>, into transaction: ImportTransaction
    ) -> Result<[(id: String, version: Int)], Problem> {
        read(contents, registry: registry, contactIDs: contactIDs, existingIDs: []) { record, line in
            do throws(StoreError) {
                // A repeated id is left to the ordered pass, which names the later of the two lines.
                try transaction.stage(record)
                return .success(record.version)
            } catch .duplicateID(let id) {
                return .failure(.duplicate(line: line, id: id))
            } catch {
                return .failure(.refused(line: line, error: error))
            }
        }.map { $0.map { ($0.id, $0.kept) } }
    }

    /// Decodes and validates every line on every core, handing each valid case to `keep` (with
    /// its line number) on the thread that read it; then finds, in file order, the first line
    /// that repeats an id (of `existingIDs` or of an earlier line) or has a problem. Once a
    /// problem is found, lines after it are no longer read.
    private static func read<Kept: Sendable>(
        _ contents: Data, registry: AgencyRegistry, contactIDs: Set<String>, existingIDs: Set<String>,
        keep: @Sendable (Case, Int) -> Result<Kept, Problem>
    ) -> Result<[(id: String, kept: Kept)], Problem> {
        guard contents.count <= maximumFileSize else {
            return .failure(.fileTooLarge(bytes: contents.count, limit: maximumFileSize))
        }
        let lines = lineRanges(of: contents)
        let firstProblemLine = Mutex(Int.max)
        let chunks = Chunked.map(lines.count) { range -> Chunk<Kept> in
            let decoder = LocatingDecoder()
            var chunk = Chunk<Kept>()
            contents.withUnsafeBytes { (file: UnsafeRawBufferPointer) in
                for index in range {
                    let lineNumber = index + 1
                    if lineNumber > firstProblemLine.withLock({ $0 }) { break }
                    let line = UnsafeRawBufferPointer(rebasing: file[lines[index]])
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    chunk.problem = readLine(line, number: lineNumber, decoder: decoder, registry: registry, contactIDs: contactIDs)
                        .flatMap { record in keep(record, lineNumber).map { (record.id, $0) } }
                        .map { chunk.cases.append((lineNumber, $0.0, $0.1)) }
                        .failureValue
                    if chunk.problem != nil {
                        firstProblemLine.withLock { $0 = min($0, lineNumber) }
                        break
                    }
                }
            }
            return chunk
        }
        var seen = existingIDs
        var cases: [(id: String, kept: Kept)] = []
        cases.reserveCapacity(lines.count)
        // Chunks in file order: a duplicate before a later line's problem comes first, as in the file.
        for chunk in chunks {
            for (lineNumber, id, kept) in chunk.cases {
                guard seen.insert(id).inserted else { return .failure(.duplicate(line: lineNumber, id: id)) }
                cases.append((id, kept))
            }
            if let problem = chunk.problem { return .failure(problem) }
        }
        return cases.isEmpty ? .failure(.empty) : .success(cases)
    }

    /// One line's case, decoded and valid for the board.
    private static func readLine(
        _ line: UnsafeRawBufferPointer, number: Int, decoder: LocatingDecoder, registry: AgencyRegistry,
        contactIDs: Set<String>
    ) -> Result<Case, Problem> {
        guard line.count <= maximumLineLength else {
            return .failure(.lineTooLong(line: number, bytes: line.count, limit: maximumLineLength))
        }
        // The usual line is read directly; any other goes to the decoder, which names its problem.
        let decoded = DirectCaseReader.read(line).map { Result<Case, DataProblem>.success($0) }
            ?? decoder.decode(Case.self, from: Data(line), path: "")
        switch decoded {
        case .success(let record):
            if let error = CaseValidator.validate(record, registry: registry, knownContactIDs: contactIDs).first {
                return .failure(.invalid(line: number, error: error))
            }
            return .success(record)
        case .failure(let problem):
            return .failure(.unreadable(line: number, column: problem.column, reason: problem.reason))
        }
    }

    /// Where each line of `contents` lies, as offsets from its first byte: the pieces between
    /// newlines, the empty ones too, so that line `n` is at index `n - 1` (what
    /// `split(separator: "\n", omittingEmptySubsequences: false)` gives, found with `memchr`).
    static func lineRanges(of contents: Data) -> [Range<Int>] {
        contents.withUnsafeBytes { (file: UnsafeRawBufferPointer) -> [Range<Int>] in
            guard let base = file.baseAddress else { return [0..<0] }
            var ranges: [Range<Int>] = []
            var start = 0
            while start < file.count, let found = memchr(base + start, 0x0A, file.count - start) {
                let end = base.distance(to: UnsafeRawPointer(found))
                ranges.append(start..<end)
                start = end + 1
            }
            ranges.append(start..<file.count)
            return ranges
        }
    }

    /// What one parallel chunk found: its cases' ids and what was kept of them, with their
    /// line numbers, and its first problem.
    private struct Chunk<Kept: Sendable>: Sendable {
        var cases: [(line: Int, id: String, kept: Kept)] = []
        var problem: Problem?
    }
}

private extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
