import EnlaceModel
import EnlaceStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// One libFuzzer binary for every decoder; ENLACE_FUZZ_TARGET picks which one gets the input
// (scripts/fuzz runs each in turn). A crash, a trap, a sanitizer report or a broken promise
// checked below is a finding: libFuzzer saves the input, and it becomes a regression test in
// Tests/EnlaceReliabilityTests/FuzzRegressions.

/// The decoders, each fed the fuzzer's bytes the way a user's file or typing reaches it.
enum FuzzTarget: String, CaseIterable {
    /// `cases/MX-2026-0001.json`, as a load reads it.
    case caseFile = "case"
    /// `contacts.json`.
    case contacts
    /// `agencies.json`.
    case agencies
    /// `enlace import`: JSON Lines of cases, validated against the sample board.
    case importLines = "import"
    /// The query language, parsed and run over the sample board.
    case query
    /// `audit.jsonl`, as `enlace check` reads it.
    case audit
    /// `log/LOG-2026-0001.json`, a liaison log entry, as a load reads it.
    case logFile = "log"

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["ENLACE_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("ENLACE_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
}

/// Where this process keeps its files; removed when libFuzzer exits.
let scratchPath = NSTemporaryDirectory() + "/enlace-fuzz-\(getpid())"

/// The sample board, made once in a private directory: what imports and queries run against.
let sample: (board: BoardData, scratch: String) = {
    let scratch = scratchPath
    atexit { try? FileManager.default.removeItem(atPath: scratchPath) }
    do {
        let store = try Store.create(at: URL(fileURLWithPath: scratch + "/board"), sample: true, user: "fuzz")
        return (try store.load().data, scratch)
    } catch {
        FileHandle.standardError.write(Data("cannot make the sample board: \(error)\n".utf8))
        exit(2)
    }
}()

/// A finding that is not a crash: a promise of the decoders broken.
func broken(_ promise: String) -> Never {
    FileHandle.standardError.write(Data("broken promise: \(promise)\n".utf8))
    abort()
}

/// A problem must point into the file: a line and column a person can go to.
func checkLocation(_ problem: DataProblem, in data: Data) {
    let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
    if problem.line < 1 || problem.line > max(lines, 1) || problem.column < 1 {
        broken("problem at \(problem.line):\(problem.column) outside a file of \(lines) lines")
    }
}

func fuzzCaseFile(_ data: Data) {
    switch RecordDecoding.caseFile(data, path: "MX-2026-0001.json", fileName: "MX-2026-0001.json") {
    case .failure(let problem):
        checkLocation(problem, in: data)
    case .success(let record):
        // What loads can be saved and loads back the same.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let encoded = try? encoder.encode(record) else { broken("a loaded case does not encode") }
        guard case .success(let again) = RecordDecoding.caseFile(encoded, path: "again", fileName: "MX-2026-0001.json"),
              again == record
        else { broken("a case does not load back as it was saved") }
    }
}

func fuzzLogFile(_ data: Data) {
    switch RecordDecoding.logFile(data, path: "LOG-2026-0001.json", fileName: "LOG-2026-0001.json") {
    case .failure(let problem):
        checkLocation(problem, in: data)
    case .success(let entry):
        // What loads can be saved and loads back the same; its report's state is defined on any day.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let encoded = try? encoder.encode(entry) else { broken("a loaded log entry does not encode") }
        guard case .success(let again) = RecordDecoding.logFile(encoded, path: "again", fileName: "LOG-2026-0001.json"),
              again == entry
        else { broken("a log entry does not load back as it was saved") }
        _ = entry.reportState(today: entry.start.day.adding(days: 5))
        _ = LogEntryValidator.validate(entry, registry: AgencyRegistry([]), contactIDs: [])
    }
}

func fuzzContacts(_ data: Data) {
    if case .failure(let problem) = RecordDecoding.contactsFile(data, path: "contacts.json") {
        checkLocation(problem, in: data)
    }
}

func fuzzAgencies(_ data: Data) {
    switch RecordDecoding.agenciesFile(data, path: "agencies.json") {
    case .failure(let problem): checkLocation(problem, in: data)
    case .success(let agencies):
        // A registry built from any file answers lookups without trapping.
        let registry = AgencyRegistry(agencies)
        for agency in agencies.prefix(8) { _ = registry.contains(agency.code) }
    }
}

func fuzzImport(_ data: Data) {
    if case .success(let cases) = CaseLines.decode(data, board: sample.board) {
        let lines = data.split(separator: UInt8(ascii: "\n")).count
        if cases.count > lines { broken("more cases than lines") }
    }
}

func fuzzQuery(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    guard let query = try? Query.parse(text, registry: sample.board.registry) else { return }
    let context = QueryContext(registry: sample.board.registry, today: Day(iso: "2026-03-09") ?? sample.board.cases[0].opened)
    for record in sample.board.cases.prefix(12) { _ = query.matches(record, context) }
    for contact in sample.board.contacts.prefix(12) { _ = query.matches(contact, context) }
    for agency in sample.board.registry.agencies.prefix(6) { _ = query.matches(agency, context) }
}

/// The audit log is read from a file (the check streams it); one file, rewritten each time.
let auditDirectory: String = {
    let directory = sample.scratch + "/audit"
    mkdir(directory, 0o700)
    return directory
}()

func fuzzAudit(_ data: Data) {
    guard FileManager.default.createFile(atPath: auditDirectory + "/audit.jsonl", contents: data) else { return }
    let store = Store(directory: URL(fileURLWithPath: auditDirectory), mode: .readOnly)
    guard let check = try? store.checkAuditLog() else { return }
    // Each finding is about one line that has something on it.
    let filled = data.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy { [0x20, 0x09, 0x0D].contains($0) } }.count
    if check.entryCount + check.problems.count + check.warnings.count > filled {
        broken("more findings than lines in the audit log")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    switch FuzzTarget.selected {
    case .caseFile: fuzzCaseFile(data)
    case .contacts: fuzzContacts(data)
    case .agencies: fuzzAgencies(data)
    case .importLines: fuzzImport(data)
    case .query: fuzzQuery(data)
    case .audit: fuzzAudit(data)
    case .logFile: fuzzLogFile(data)
    }
    return 0
}
