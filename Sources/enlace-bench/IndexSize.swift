import EnlaceStore
import Foundation

/// The size of a board's derived files beside its cases: the list index (read for every first
/// screen) and the search text (read only for free words), in bytes a case and as a share of
/// the case files' JSON. No timing: `--data` should hold a board whose index is fresh.
extension Benchmarks {
    static func indexSize(_ options: BenchOptions) throws {
        let directory = try options.data.path
        func size(_ path: String) -> Double {
            var status = stat()
            return stat(path, &status) == 0 ? Double(status.st_size) : 0
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory + "/cases").filter { $0.hasSuffix(".json") }
        let json = names.reduce(0.0) { $0 + size(directory + "/cases/" + $1) }
        let cases = Double(max(1, names.count))
        let index = size(directory + "/.cache/list-index-v1")
        let text = size(directory + "/.cache/search-text")
        // The compact JSON of the cases as imported (`--jsonl`), when given: smaller than their files.
        let lines = options.string("jsonl").map(size) ?? 0
        Measurement(what: "list-index.bytes", cases: names.count, milliseconds: [0], extra: [
            "index_bytes_per_case": index / cases,
            "search_text_bytes_per_case": text / cases,
            "case_file_bytes_per_case": json / cases,
            "jsonl_bytes_per_case": lines / cases,
            "index_share_of_json": index / max(1, lines > 0 ? lines : json),
        ]).print()
    }
}
