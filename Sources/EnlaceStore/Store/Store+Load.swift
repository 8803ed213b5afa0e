import EnlaceModel
import Foundation

extension Store {
    /// Reads the whole board.
    ///
    /// A damaged `board.json`, `agencies.json` or `contacts.json` fails the load (the board
    /// cannot be shown without them); a damaged case file is skipped, left as it is, and listed
    /// in `problems`. A writable store also removes temp files a crashed writer left, but only
    /// when it can take the lock at once: a temp file of a writer at work is not stray. Case files
    /// are decoded on every core.
    public func load() throws(StoreError) -> LoadResult {
        let board = try loadBoard()
        guard let agenciesData = try files.readIfPresent(agenciesPath) else { throw .missingFile(path: agenciesPath) }
        let agencies: [Agency]
        switch RecordDecoding.agenciesFile(agenciesData, path: agenciesPath) {
        case .failure(let problem): throw problem.error
        case .success(let records): agencies = records
        }
        guard let contactsData = try files.readIfPresent(contactsPath) else { throw .missingFile(path: contactsPath) }
        let contacts: [Contact]
        switch RecordDecoding.contactsFile(contactsData, path: contactsPath) {
        case .failure(let problem): throw problem.error
        case .success(let records): contacts = records
        }

        var caseNames: [String] = []
        var tempPaths: [String] = []
        for name in try files.list(casesPath) ?? [] {
            if AtomicWriter.isTempName(name) {
                tempPaths.append(casesPath + "/" + name)
            } else if name.hasSuffix(".json") && !name.hasPrefix(".") {
                caseNames.append(name)
            }
        }
        for name in try files.list(path) ?? [] where AtomicWriter.isTempName(name) {
            tempPaths.append(path + "/" + name)
        }
        let removed = try removeStrayTemps(tempPaths)

        caseNames.sort()
        let (cases, problems) = decodeCases(named: caseNames)
        let warnings: [StoreWarning] = AuditLogReader(path: auditPath, lockPath: lockPath).endsInTornLine()
            ? [.tornAuditLine(path: auditPath, line: nil)] : []
        return LoadResult(
            data: BoardData(board: board, registry: AgencyRegistry(agencies), contacts: contacts, cases: cases),
            problems: problems, removedTempFiles: removed, warnings: warnings)
    }

    /// Reads all of `audit.jsonl`: lines cut short by a crash are warnings, any other line that
    /// is not an audit entry is damage. Writes nothing, in either mode.
    public func checkAuditLog() throws(StoreError) -> AuditLogCheck {
        try AuditLogReader(path: auditPath, lockPath: lockPath).check()
    }

    /// One case as it is on disk now: to show what another officer saved after a conflict.
    public func loadCase(id: String) throws(StoreError) -> Case {
        try Store.requireFileNameSafe(id)
        guard let record = try readCase(id: id) else { throw .notFound(id: id) }
        return record
    }

    // MARK: Parts

    private func loadBoard() throws(StoreError) -> Board {
        guard let data = try files.readIfPresent(boardPath) else { throw .notADataDirectory(path: path) }
        // The version is checked before the rest: a newer board may not decode as this one.
        struct SchemaProbe: Decodable { var schemaVersion: Int }
        let decoder = LocatingDecoder()
        switch decoder.decode(SchemaProbe.self, from: data, path: boardPath) {
        case .failure(let problem): throw problem.error
        case .success(let probe) where probe.schemaVersion > Board.currentSchemaVersion:
            throw .newerSchema(path: boardPath, found: probe.schemaVersion, supported: Board.currentSchemaVersion)
        case .success: break
        }
        switch decoder.decode(Board.self, from: data, path: boardPath) {
        case .failure(let problem): throw problem.error
        case .success(let board): return board
        }
    }

    func loadList<Record: Codable & Sendable>(
        _ type: Record.Type, key: String, path: String
    ) throws(StoreError) -> RecordList<Record> {
        guard let data = try files.readIfPresent(path) else { throw .missingFile(path: path) }
        switch RecordList<Record>.decode(from: data, key: key, path: path) {
        case .failure(let problem): throw problem.error
        case .success(let list): return list
        }
    }

    /// Removes stray temp files while holding the lock; nothing when another writer holds it.
    private func removeStrayTemps(_ paths: [String]) throws(StoreError) -> [String] {
        // A reader who may not open the sidecar (another officer's board) still gets the board.
        guard mode == .readWrite, !paths.isEmpty,
              let lock = try? DirectoryLock.acquireIfFree(path: lockPath, holder: user, newFileMode: newFileMode)
        else { return [] }
        defer { lock.release() }
        var removed: [String] = []
        for path in paths where files.exists(path) {
            try files.remove(path)
            removed.append(path)
        }
        return removed
    }

    /// The case in `cases/<id>.json`, nil when there is none; a damaged file is an error.
    func readCase(id: String) throws(StoreError) -> Case? {
        let path = casePath(id: id)
        guard let data = try files.readIfPresent(path) else { return nil }
        switch decodeCase(data, path: path, fileName: id + ".json", decoder: LocatingDecoder()) {
        case .failure(let problem): throw problem.error
        case .success(let record): return record
        }
    }

    private func decodeCase(_ data: Data, path: String, fileName: String, decoder: LocatingDecoder) -> Result<Case, DataProblem> {
        RecordDecoding.caseFile(data, path: path, fileName: fileName, decoder: decoder)
    }

    /// Decodes the named case files in parallel, in contiguous chunks so the result stays sorted.
    private func decodeCases(named names: [String]) -> ([Case], [DataProblem]) {
        guard !names.isEmpty else { return ([], []) }
        let chunkCount = min(names.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunkSize = (names.count + chunkCount - 1) / chunkCount
        let slots = ChunkResults(count: chunkCount)
        let casesPath = self.casesPath
        let files = self.files
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let decoder = LocatingDecoder()
            var cases: [Case] = []
            var problems: [DataProblem] = []
            let range = min(names.count, chunk * chunkSize)..<min(names.count, (chunk + 1) * chunkSize)
            cases.reserveCapacity(range.count)
            for name in names[range] {
                let path = casesPath + "/" + name
                let data: Data
                do throws(StoreError) {
                    // A file removed between listing and reading was deleted on purpose: skip it.
                    guard let read = try files.readIfPresent(path) else { continue }
                    data = read
                } catch {
                    problems.append(DataProblem(path: path, line: 1, column: 1, reason: .cannotRead(errno: error.errnoValue)))
                    continue
                }
                switch decodeCase(data, path: path, fileName: name, decoder: decoder) {
                case .success(let record): cases.append(record)
                case .failure(let problem): problems.append(problem)
                }
            }
            slots.set(chunk, (cases, problems))
        }
        var cases: [Case] = []
        var problems: [DataProblem] = []
        cases.reserveCapacity(names.count)
        for (chunkCases, chunkProblems) in slots.values() {
            cases.append(contentsOf: chunkCases)
            problems.append(contentsOf: chunkProblems)
        }
        return (cases, problems)
    }
}

extension Case {
    /// The `id` key, to point at it in a file whose name it does not match.
    enum CodingKeysForLocation: String, CodingKey { case id }
}

extension StoreError {
    var errnoValue: Int32 {
        if case .io(_, _, let value) = self { return value }
        return 0
    }
}

/// Where the parallel chunks leave their results; the lock keeps the array's storage safe from
/// writes on several threads at once (each chunk has its own slot, so nobody waits for long).
private final class ChunkResults: @unchecked Sendable {
    private var slots: [([Case], [DataProblem])]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: ([], []), count: count) }

    func set(_ index: Int, _ value: ([Case], [DataProblem])) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [([Case], [DataProblem])] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
