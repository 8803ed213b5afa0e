import EnlaceModel
import Foundation

extension Store {
    /// Reads the whole board.
    ///
    /// A damaged `board.json`, `agencies.json` or `contacts.json` fails the load (the board
    /// cannot be shown without them); a damaged case file is skipped, left as it is, and listed
    /// in `problems`. A writable store also removes temp files a crashed writer left, but only
    /// when it can take the lock at once: a temp file of a writer at work is not stray. Case files
    /// are decoded on every core. The result remembers each case file's stamp, so that
    /// `reload(_:)` reads again only the files that changed.
    public func load() throws(StoreError) -> LoadResult {
        try reload(nil)
    }

    /// Reads the board again after `previous`: `board.json`, `agencies.json` and
    /// `contacts.json` whole (they are small), and of the case files only those whose stamp
    /// (size, inode, modification and change times) differs from when `previous` read them, or
    /// that changed too shortly before it to trust their stamp (see `FileStamp.isRecent`).
    /// Every other case is taken from `previous` as it is. At 100,000 cases a reload after one
    /// save costs a directory scan, not a full decode. Gives what `load()` would give.
    public func reload(_ previous: LoadResult?) throws(StoreError) -> LoadResult {
        let scanStart = now().secondsSinceEpoch
        let (board, agencies, contacts) = try loadBoardRegistryAndContacts()
        let scan = try CaseDirectoryScan.scan(casesPath) ?? CaseDirectoryScan()
        let (removed, kept) = try sweepStrayTemps(caseTempNames: scan.tempNames)

        let reused = previous.map { ReusedCases(previous: $0, scan: scan) } ?? ReusedCases(scanCount: scan.ids.count)
        // Only the files without a reusable case are sorted and read: all of them on a first load.
        let stale = reused.unusedScanIndices.sorted { scan.ids[$0] < scan.ids[$1] }
        let (decoded, problems) = decodeCases(named: stale.map { scan.ids[$0] + ".json" })
        // Decoded cases come back in the order asked, without the damaged or vanished files.
        var decodedStamps: [FileStamp] = []
        decodedStamps.reserveCapacity(decoded.count)
        var position = 0
        for record in decoded {
            while position < stale.count && scan.ids[stale[position]] != record.id { position += 1 }
            decodedStamps.append(position < stale.count ? scan.stamps[stale[position]] : .untrusted)
        }

        // Both lists are in id order: merge them.
        var cases: [Case] = []
        var stamps = CaseFileStamps()
        cases.reserveCapacity(reused.indices.count + decoded.count)
        stamps.stamps.reserveCapacity(cases.capacity)
        var nextReused = 0, nextDecoded = 0
        while nextReused < reused.indices.count || nextDecoded < decoded.count {
            if nextReused < reused.indices.count,
               nextDecoded == decoded.count || reused.id(at: nextReused) < decoded[nextDecoded].id {
                cases.append(reused.record(at: nextReused))
                stamps.stamps.append(reused.stamp(at: nextReused))
                nextReused += 1
            } else {
                cases.append(decoded[nextDecoded])
                let stamp = decodedStamps[nextDecoded]
                stamps.stamps.append(stamp.isRecent(comparedWith: scanStart) ? .untrusted : stamp)
                nextDecoded += 1
            }
        }
        let log = try loadLog()
        return LoadResult(
            data: BoardData(board: board, registry: AgencyRegistry(agencies), contacts: contacts, cases: cases, log: log.entries),
            problems: (problems + log.problems).sorted { $0.path < $1.path }, removedTempFiles: removed,
            warnings: kept + auditLogWarnings(),
            decodedFiles: stale.count, caseStamps: stamps)
    }

    /// A torn last audit line, found from the file's last byte: a load warns and reads on.
    func auditLogWarnings() -> [StoreWarning] {
        AuditLogReader(path: auditPath, lockPath: lockPath).endsInTornLine() ? [.tornAuditLine(path: auditPath, line: nil)] : []
    }

    /// Reads all of `audit.jsonl`: lines cut short by a crash are warnings, any other line that
    /// is not an audit entry is damage. Writes nothing, in either mode.
    public func checkAuditLog() throws(StoreError) -> AuditLogCheck {
        try AuditLogReader(path: auditPath, lockPath: lockPath).check()
    }

    /// Where `audit` and the records of `data` disagree: versions without a line, lines twice,
    /// a log that goes further than the record. The cases of `problems` (files that could not
    /// be read) are not judged. A writer may save between the reading of the records and of the
    /// log, so what looks wrong is looked at again with the writers kept out (a shared lock):
    /// the log read anew, and those records read anew.
    public func auditFindings(
        _ audit: AuditLogCheck, data: BoardData, log: [LogEntry] = [], problems: [DataProblem]
    ) -> [AuditFinding] {
        var records: [AuditTrail.Key: AuditTrail.Record] = [:]
        for record in data.cases { records[AuditTrail.Key(entity: "case", id: record.id)] = AuditTrail.Record(version: record.version) }
        for contact in data.contacts { records[AuditTrail.Key(entity: "contact", id: contact.id)] = AuditTrail.Record(version: contact.version) }
        for entry in log { records[AuditTrail.Key(entity: "log", id: entry.id)] = AuditTrail.Record(version: entry.version) }
        let unreadable = Set(problems.compactMap { problem -> AuditTrail.Key? in
            let name = String(problem.path.split(separator: "/").last ?? "")
            guard name.hasSuffix(".json") else { return nil }
            if problem.path.hasPrefix(casesPath + "/") { return AuditTrail.Key(entity: "case", id: String(name.dropLast(5))) }
            if problem.path.hasPrefix(logPath + "/") { return AuditTrail.Key(entity: "log", id: String(name.dropLast(5))) }
            return nil
        })
        let first = audit.trail.findings(records: records, unreadable: unreadable)
        guard !first.isEmpty else { return [] }
        return withWritersKeptOut { () -> [AuditFinding]? in
            guard let again = try? checkAuditLog() else { return nil }
            let contacts = first.contains { $0.entity == "contact" } ? (try? loadBoardRegistryAndContacts())?.2 : nil
            for finding in first {
                let key = AuditTrail.Key(entity: finding.entity, id: finding.id)
                if finding.entity == "case" {
                    records[key] = ((try? readCase(id: finding.id)) ?? nil).map { AuditTrail.Record(version: $0.version) }
                } else if finding.entity == "log" {
                    records[key] = ((try? readLogEntry(id: finding.id)) ?? nil).map { AuditTrail.Record(version: $0.version) }
                } else if let contacts {
                    records[key] = contacts.first { $0.id == finding.id }.map { AuditTrail.Record(version: $0.version) }
                }
            }
            return again.trail.findings(records: records, unreadable: unreadable)
        } ?? first
    }

    /// Runs `body` holding a shared lock on `.lock` (waiting up to the lock timeout), so no
    /// writer is between its save and its audit line; nil when the lock cannot be had.
    func withWritersKeptOut<Result>(_ body: () -> Result?) -> Result? {
        guard let descriptor = try? FileAccess.openRegular(lockPath, flags: O_RDONLY) else { return nil }
        defer { close(descriptor) }
        let deadline = ContinuousClock.now.advanced(by: lockTimeout)
        while flock(descriptor, LOCK_SH | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, ContinuousClock.now < deadline else { return nil }
            usleep(2_000)
        }
        defer { flock(descriptor, LOCK_UN) }
        return body()
    }

    /// One case as it is on disk now: to show what another officer saved after a conflict.
    public func loadCase(id: String) throws(StoreError) -> Case {
        try Store.requireFileNameSafe(id)
        guard let record = try readCase(id: id) else { throw missingCaseError(id: id) }
        return record
    }

    // MARK: Parts

    func loadBoard() throws(StoreError) -> Board {
        guard let data = try files.readIfPresent(boardPath) else {
            // Without board.json but with cases or an audit log, board.json was lost: that is
            // damage to restore, not a place to make a new board over the old one's files.
            if try holdsData() { throw .missingFile(path: boardPath) }
            throw .notADataDirectory(path: path)
        }
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

    /// Whether the directory has an audit log or anything in `cases/`: the data of a board,
    /// whether or not its `board.json` is there.
    func holdsData() throws(StoreError) -> Bool {
        if files.exists(auditPath) { return true }
        return try files.isEmptyDirectory(casesPath).map { !$0 } ?? false
    }

    /// `board.json`, `agencies.json` and `contacts.json`: the files without which no board shows.
    func loadBoardRegistryAndContacts() throws(StoreError) -> (Board, [Agency], [Contact]) {
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
        return (board, agencies, contacts)
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

    /// Removes what killed writers left: temp files in `cases/` and in the data directory, under
    /// the lock (no writer can be using one then), and the list index's temp files in `.cache/`
    /// once they are an hour old (the index is written without the lock). One that cannot be
    /// removed (a directory with something inside, a file we may not remove) is a warning, not
    /// a reason to refuse the board. A reader who may not take the lock removes nothing.
    func sweepStrayTemps(caseTempNames: [String]) throws(StoreError) -> (removed: [String], kept: [StoreWarning]) {
        var paths = caseTempNames.map { casesPath + "/" + $0 }
        for name in try files.list(path) ?? [] where AtomicWriter.isTempName(name) { paths.append(path + "/" + name) }
        for name in (try? files.list(logPath)) ?? [] where AtomicWriter.isTempName(name) { paths.append(logPath + "/" + name) }
        let cache = path + "/.cache"
        let hourAgo = now().secondsSinceEpoch - 3600
        for name in (try? files.list(cache)) ?? [] where AtomicWriter.isTempName(name) {
            var status = stat()
            if lstat(cache + "/" + name, &status) == 0, Int64(status.st_mtim.tv_sec) < hourAgo { paths.append(cache + "/" + name) }
        }
        guard mode == .readWrite, !paths.isEmpty,
              let lock = try? DirectoryLock.acquireIfFree(path: lockPath, holder: user, newFileMode: newFileMode)
        else { return ([], []) }
        defer { lock.release() }
        var removed: [String] = []
        var kept: [StoreWarning] = []
        for path in paths where files.exists(path) {
            do throws(StoreError) {
                try files.removeEntry(path)
                removed.append(path)
            } catch {
                kept.append(.strayTempKept(path: path, errno: error.errnoValue))
            }
        }
        return (removed, kept)
    }

    /// The case in `cases/<id>.json`, nil when there is none; a damaged file is an error.
    func readCase(id: String) throws(StoreError) -> Case? {
        let path = casePath(id: id)
        guard let data = try files.readIfPresent(path) else { return nil }
        switch RecordDecoding.caseFile(data, path: path, fileName: id + ".json", decoder: LocatingDecoder()) {
        case .failure(let problem): throw problem.error
        case .success(let record): return record
        }
    }

    /// Decodes the named case files on every core; the result keeps the names' order.
    func decodeCases(named names: [String]) -> ([Case], [DataProblem]) {
        let casesPath = self.casesPath
        let files = self.files
        let chunks = Chunked.map(names.count) { range -> ([Case], [DataProblem]) in
            let decoder = LocatingDecoder()
            var shared = SharedCaseValues()
            var cases: [Case] = []
            var problems: [DataProblem] = []
            cases.reserveCapacity(range.count)
            for name in names[range] {
                let path = casesPath + "/" + name
                let data: Data
                do throws(StoreError) {
                    // A file removed between listing and reading was deleted on purpose: skip it.
                    guard let read = try files.readIfPresent(path) else { continue }
                    data = read
                } catch {
                    problems.append(error.problem(reading: path))
                    continue
                }
                switch RecordDecoding.caseFile(data, path: path, fileName: name, decoder: decoder) {
                case .success(let record): cases.append(shared.share(record))
                case .failure(let problem): problems.append(problem)
                }
            }
            return (cases, problems)
        }
        return (chunks.flatMap(\.0), chunks.flatMap(\.1))
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

    /// This failure to read `path` as a problem of that file, for the lists of damaged files.
    func problem(reading path: String) -> DataProblem {
        if case .damaged(let path, let line, let column, let reason) = self {
            return DataProblem(path: path, line: line, column: column, reason: reason)
        }
        return DataProblem(path: path, line: 1, column: 1, reason: .cannotRead(errno: errnoValue))
    }
}
