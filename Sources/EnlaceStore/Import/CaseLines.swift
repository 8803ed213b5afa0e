import EnlaceModel
import Foundation

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
        /// No line holds a case.
        case empty
    }

    /// The cases of `contents`, each decoded and validated against `board`, in order.
    public static func decode(_ contents: Data, board: BoardData) -> Result<[Case], Problem> {
        decode(contents, registry: board.registry, contactIDs: Set(board.contacts.map(\.id)),
               existingIDs: Set(board.cases.map(\.id)))
    }

    /// The cases of `contents`, decoded and validated on every core. What is reported is still
    /// the first problem in file order, exactly as a line-by-line reading would find it.
    public static func decode(
        _ contents: Data, registry: AgencyRegistry, contactIDs: Set<String>, existingIDs: Set<String>
    ) -> Result<[Case], Problem> {
        guard contents.count <= maximumFileSize else {
            return .failure(.fileTooLarge(bytes: contents.count, limit: maximumFileSize))
        }
        let lines = lineRanges(of: contents)
        let chunks = Chunked.map(lines.count) { range -> Chunk in
            let decoder = LocatingDecoder()
            var chunk = Chunk()
            contents.withUnsafeBytes { (file: UnsafeRawBufferPointer) in
                for index in range {
                    let line = UnsafeRawBufferPointer(rebasing: file[lines[index]])
                    let lineNumber = index + 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    guard line.count <= maximumLineLength else {
                        chunk.problem = .lineTooLong(line: lineNumber, bytes: line.count, limit: maximumLineLength)
                        break
                    }
                    // The usual line is read directly; any other goes to the decoder, which names its problem.
                    let decoded = DirectCaseReader.read(line).map { Result<Case, DataProblem>.success($0) }
                        ?? decoder.decode(Case.self, from: Data(line), path: "")
                    switch decoded {
                    case .success(let record):
                        if let error = CaseValidator.validate(record, registry: registry, knownContactIDs: contactIDs).first {
                            chunk.problem = .invalid(line: lineNumber, error: error)
                        } else {
                            chunk.cases.append((lineNumber, record))
                        }
                    case .failure(let problem):
                        chunk.problem = .unreadable(line: lineNumber, column: problem.column, reason: problem.reason)
                    }
                    if chunk.problem != nil { break }
                }
            }
            return chunk
        }
        var seen = existingIDs
        var cases: [Case] = []
        cases.reserveCapacity(lines.count)
        // Chunks in file order: a duplicate before a later line's problem comes first, as in the file.
        for chunk in chunks {
            for (lineNumber, record) in chunk.cases {
                guard seen.insert(record.id).inserted else { return .failure(.duplicate(line: lineNumber, id: record.id)) }
                cases.append(record)
            }
            if let problem = chunk.problem { return .failure(problem) }
        }
        return cases.isEmpty ? .failure(.empty) : .success(cases)
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

    /// What one parallel chunk found: its cases with their line numbers, and its first problem.
    private struct Chunk: Sendable {
        var cases: [(line: Int, record: Case)] = []
        var problem: Problem?
    }
}
