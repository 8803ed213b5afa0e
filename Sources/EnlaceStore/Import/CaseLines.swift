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
        guard contents.count <= maximumFileSize else {
            return .failure(.fileTooLarge(bytes: contents.count, limit: maximumFileSize))
        }
        let decoder = LocatingDecoder()
        var seen = Set(board.cases.map(\.id))
        let contactIDs = Set(board.contacts.map(\.id))
        var cases: [Case] = []
        for (index, line) in contents.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard line.count <= maximumLineLength else {
                return .failure(.lineTooLong(line: lineNumber, bytes: line.count, limit: maximumLineLength))
            }
            let record: Case
            switch decoder.decode(Case.self, from: Data(line), path: "") {
            case .success(let decoded): record = decoded
            case .failure(let problem): return .failure(.unreadable(line: lineNumber, column: problem.column, reason: problem.reason))
            }
            if let problem = CaseValidator.validate(record, registry: board.registry, knownContactIDs: contactIDs).first {
                return .failure(.invalid(line: lineNumber, error: problem))
            }
            guard seen.insert(record.id).inserted else { return .failure(.duplicate(line: lineNumber, id: record.id)) }
            cases.append(record)
        }
        return cases.isEmpty ? .failure(.empty) : .success(cases)
    }
}
