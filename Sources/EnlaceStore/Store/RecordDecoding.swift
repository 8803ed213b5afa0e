import EnlaceModel
import Foundation

/// How a load reads each kind of file, from bytes: the same code `Store.load()` runs, open to
/// tools and to the fuzz targets in `Fuzz/`, which feed it hostile and broken input.
public enum RecordDecoding {
    /// A case file; `fileName` (`MX-2026-0042.json`) must match the id inside.
    public static func caseFile(_ data: Data, path: String, fileName: String) -> Result<Case, DataProblem> {
        caseFile(data, path: path, fileName: fileName, decoder: LocatingDecoder())
    }

    /// The same, with a decoder a load reuses across the many case files of one thread.
    static func caseFile(_ data: Data, path: String, fileName: String, decoder: LocatingDecoder) -> Result<Case, DataProblem> {
        // A file as the store writes it is read directly; any other goes to the decoder, which
        // names its problem with a line and column.
        let read = data.withUnsafeBytes { DirectCaseReader.read($0) }.map { Result<Case, DataProblem>.success($0) }
            ?? decoder.decode(Case.self, from: data, path: path)
        return read.flatMap { record in
            guard record.id + ".json" == fileName else {
                return .failure(LocatingDecoder.problem(
                    at: [Case.CodingKeysForLocation.id], reason: .idDoesNotMatchFileName(id: record.id, fileName: fileName),
                    in: data, path: path))
            }
            return .success(record)
        }
    }

    /// `contacts.json`: a list, or an object holding it under `contacts`; ids must not repeat.
    public static func contactsFile(_ data: Data, path: String) -> Result<[Contact], DataProblem> {
        RecordList<Contact>.decode(from: data, key: "contacts", path: path).flatMap { list in
            var seen: Set<String> = []
            if let duplicate = list.records.first(where: { !seen.insert($0.id).inserted }) {
                return .failure(LocatingDecoder.problem(at: [], reason: .duplicateID(id: duplicate.id), in: data, path: path))
            }
            return .success(list.records)
        }
    }

    /// `agencies.json`: a list, or an object holding it under `agencies`.
    public static func agenciesFile(_ data: Data, path: String) -> Result<[Agency], DataProblem> {
        RecordList<Agency>.decode(from: data, key: "agencies", path: path).map(\.records)
    }
}
