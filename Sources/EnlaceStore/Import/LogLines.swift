import EnlaceModel
import Foundation

/// The format of `enlace log import`: JSON Lines, one log entry object a line, read all or
/// nothing as `CaseLines` reads cases, with the same limits. A post moves its log from another
/// tool this way; a log is small beside the cases, so it is read on one thread.
public enum LogLines {
    /// The entries of `contents`, each decoded and valid for the board, in file order; or the
    /// first problem in file order. An id of `existingIDs`, or of an earlier line, is a
    /// duplicate.
    public static func decode(
        _ contents: Data, registry: AgencyRegistry, contactIDs: Set<String>, existingIDs: Set<String>
    ) -> Result<[LogEntry], CaseLines.Problem> {
        guard contents.count <= CaseLines.maximumFileSize else {
            return .failure(.fileTooLarge(bytes: contents.count, limit: CaseLines.maximumFileSize))
        }
        let decoder = LocatingDecoder()
        var seen = existingIDs
        var entries: [LogEntry] = []
        for (index, range) in CaseLines.lineRanges(of: contents).enumerated() {
            let number = index + 1
            let line = contents[contents.startIndex + range.lowerBound..<contents.startIndex + range.upperBound]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard line.count <= CaseLines.maximumLineLength else {
                return .failure(.lineTooLong(line: number, bytes: line.count, limit: CaseLines.maximumLineLength))
            }
            switch decoder.decode(LogEntry.self, from: Data(line), path: "") {
            case .failure(let problem):
                return .failure(.unreadable(line: number, column: problem.column, reason: problem.reason))
            case .success(let entry):
                if let error = LogEntryValidator.validate(entry, registry: registry, contactIDs: contactIDs).first {
                    return .failure(.invalid(line: number, error: error))
                }
                guard seen.insert(entry.id).inserted else { return .failure(.duplicate(line: number, id: entry.id)) }
                entries.append(entry)
            }
        }
        return entries.isEmpty ? .failure(.empty) : .success(entries)
    }
}
