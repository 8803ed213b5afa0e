import EnlaceModel
import EnlaceStore
import Foundation

/// The in-process rows of BENCHMARKS.md's table.
enum Benchmarks {
    /// Queries a keystroke filter meets: a free word with an accent left out, the CLI's example,
    /// comparisons, a negation, a former agency code.
    static let defaultQueries = [
        "fiscalia", "tag:fentanyl lead:DEA", "overdue priority:>=high", "culiacan -status:closed", "agency:PGR",
    ]

    /// How many rows a first screen shows (a 200×50 terminal's list pane, rounded up).
    static let firstScreenRows = 50

    /// `Store.load()` of the whole board, and the memory the loaded board holds per case.
    static func load(_ options: BenchOptions) throws {
        let store = Store(directory: try options.data, mode: .readOnly)
        let before = ResidentMemory.current
        var kept: LoadResult?
        var count = 0
        let times = try measure(runs: options.runs) {
            kept = nil
            let result = try store.load()
            count = result.data.cases.count
            kept = result
        }
        let resident = ResidentMemory.current - before
        Measurement(what: "load.full", cases: count, milliseconds: times, extra: [
            "resident_bytes_per_case": count > 0 ? resident / Double(count) : 0,
            "peak_resident_bytes": ResidentMemory.peak,
        ]).withCPU().print()
        withExtendedLifetime(kept) {}
    }

    /// From nothing to the rows of a first screen (sorted by id, as `enlace list` shows them,
    /// each row's fields ready to draw): from the list index without and with its search text,
    /// from a list index rebuilt from scratch, and by a full load.
    static func firstScreen(_ options: BenchOptions) throws {
        let directory = try options.data
        let store = Store(directory: directory)
        var count = 0
        var rows: [[String]] = []
        func screen(_ list: CaseList) -> [[String]] {
            list.rows.prefix(firstScreenRows).map {
                [$0.id, $0.priority.rawValue, $0.status.rawValue, $0.marking.rawValue, $0.leadAgency, $0.due?.iso ?? "", $0.title]
            }
        }
        for (what, searchText) in [("first-screen.list-index", false), ("first-screen.list-index+text", true)] {
            let before = ResidentMemory.current
            var kept: ListIndexResult?
            let times = try measure(runs: options.runs) {
                kept = nil
                let loaded = try store.loadListIndex(searchText: searchText)
                count = loaded.cases.count
                rows = screen(loaded.cases)
                kept = loaded
            }
            let resident = ResidentMemory.current - before
            Measurement(what: what, cases: count, milliseconds: times, extra: [
                "resident_bytes_per_case": count > 0 ? resident / Double(count) : 0,
                "decoded_files_last_run": Double(kept?.decodedFiles ?? -1),
            ]).withCPU().print()
            withExtendedLifetime(kept) {}
        }
        let indexPath = directory.appendingPathComponent(".cache/list-index-v1").path
        let rebuildTimes = try measure(runs: max(1, options.runs / 2), warmUp: false) {
            unlink(indexPath)
            rows = screen(try store.loadListIndex(searchText: false).cases)
        }
        Measurement(what: "first-screen.list-index-rebuild", cases: count, milliseconds: rebuildTimes).withCPU().print()
        _ = try store.loadListIndex(searchText: false)  // leaves a trusted index for what follows
        let fullTimes = try measure(runs: options.runs) {
            let cases = try store.load().data.cases
            count = cases.count
            rows = cases.prefix(firstScreenRows).map {
                [$0.id, $0.priority.rawValue, $0.status.rawValue, $0.marking.rawValue, $0.leadAgency,
                 $0.due?.iso ?? "", $0.title]
            }
        }
        Measurement(what: "first-screen.full-load", cases: count, milliseconds: fullTimes).withCPU().print()
        withExtendedLifetime(rows) {}
    }

    /// `CaseSearchIndex` built once, then each query through `filter` and through `Query.matches`.
    static func filter(_ options: BenchOptions) throws {
        let data = try Store(directory: try options.data, mode: .readOnly).load().data
        let cases = data.cases
        let context = QueryContext(registry: data.registry, today: BoardGeneratorDay.today)
        let list = try Store(directory: try options.data).loadListIndex().cases
        var index = CaseSearchIndex([])
        let buildTimes = measure(runs: max(1, options.runs / 2)) { index = CaseSearchIndex(cases) }
        Measurement(what: "filter.index-build", cases: cases.count, milliseconds: buildTimes).withCPU().print()
        let queries = options.strings("query").isEmpty ? defaultQueries : options.strings("query")
        for text in queries {
            let query = try Query.parse(text, registry: data.registry)
            var indexHits = 0
            let indexTimes = measure(runs: max(options.runs, 9)) { indexHits = index.filter(query, context: context).count }
            var matchHits = 0
            let matchTimes = measure(runs: options.runs) { matchHits = cases.reduce(0) { $0 + (query.matches($1, context) ? 1 : 0) } }
            var listHits = 0
            let listTimes = measure(runs: max(options.runs, 9)) { listHits = list.filter(query, context: context).count }
            guard indexHits == matchHits, listHits == matchHits else {
                throw BenchError.failed("'\(text)': the index found \(indexHits), the list index \(listHits), Query.matches \(matchHits)")
            }
            Measurement(what: "filter.list-index[\(text)]", cases: cases.count, milliseconds: listTimes,
                        extra: ["matches": Double(listHits)]).print()
            Measurement(what: "filter.index[\(text)]", cases: cases.count, milliseconds: indexTimes,
                        extra: ["matches": Double(indexHits)]).print()
            Measurement(what: "filter.query-matches[\(text)]", cases: cases.count, milliseconds: matchTimes,
                        extra: ["matches": Double(matchHits)]).print()
        }
    }

    /// `Store.appendNote` on one case; the case file and the audit log are put back after each run.
    static func note(_ options: BenchOptions) throws {
        let directory = try options.data
        let store = Store(directory: directory)
        let casesDirectory = directory.appendingPathComponent("cases").path
        let names = try FileManager.default.contentsOfDirectory(atPath: casesDirectory).filter { $0.hasSuffix(".json") }.sorted()
        guard let name = names.dropFirst(names.count / 2).first else { throw BenchError.failed("no cases") }
        let id = String(name.dropLast(5))
        let restore = try BoardSnapshot(directory: directory, caseID: id)
        var times: [Double] = []
        for run in 0...options.runs {
            let note = Note(at: .now(), author: "bench", text: "Llamada con la Fiscalía: benchmark note \(run).")
            let elapsed = try milliseconds { try store.appendNote(caseID: id, note: note) }
            try restore.putBack()
            if run > 0 { times.append(elapsed) }
        }
        Measurement(what: "note.in-process", cases: names.count, milliseconds: times).print()
    }

    /// A whole process, `--runs` times after `--warmup` (1) uncounted runs; `--prepare` runs
    /// (untimed) before each, `--after` once at the end.
    static func exec(_ options: BenchOptions) {
        let command = options.command
        guard !command.isEmpty else { return }
        var times: [Double] = []
        var cpu: [Double] = []
        var peak = 0.0
        var failures = 0
        let warmUps = max(0, options.int("warmup", default: 1))
        for run in 0..<(warmUps + options.runs) {
            if let prepare = options.string("prepare") { ProcessRunner.shell(prepare) }
            let result = ProcessRunner.run(command, input: options.string("input"))
            if result.status != 0 { failures += 1 }
            if run >= warmUps {
                times.append(result.milliseconds)
                cpu.append(result.cpuMilliseconds)
                peak = max(peak, result.maxResidentBytes)
            }
        }
        if let after = options.string("after") { ProcessRunner.shell(after) }
        let cases = options.int("cases", default: 0)
        Measurement(what: options.string("what") ?? command.joined(separator: " "), cases: cases, milliseconds: times, extra: [
            "max_resident_bytes": peak, "failed_runs": Double(failures),
            "cpu_median_ms": Measurement(what: "", cases: 0, milliseconds: cpu).median,
            "resident_bytes_per_case": cases > 0 ? peak / Double(cases) : 0,
        ]).print()
    }
}

/// The day queries are evaluated on: the real today, as the board and `enlace list` use.
enum BoardGeneratorDay {
    static var today: Day { Timestamp.now().day }
}

/// One case file and the audit log as they were, to put back after a benchmark's note.
struct BoardSnapshot {
    let casePath: String
    let caseBytes: Data
    let auditPath: String
    let auditSize: Int

    init(directory: URL, caseID: String) throws {
        casePath = directory.appendingPathComponent("cases/\(caseID).json").path
        caseBytes = try Data(contentsOf: URL(fileURLWithPath: casePath))
        auditPath = directory.appendingPathComponent("audit.jsonl").path
        auditSize = ((try? FileManager.default.attributesOfItem(atPath: auditPath)[.size]) as? Int) ?? 0
    }

    func putBack() throws {
        try caseBytes.write(to: URL(fileURLWithPath: casePath), options: .atomic)
        _ = truncate(auditPath, off_t(auditSize))
    }
}
