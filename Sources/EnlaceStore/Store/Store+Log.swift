import EnlaceModel
import Foundation

/// The liaison log: one file per entry under `log/` (`log/LOG-2026-0001.json`), saved and
/// audited as cases are. A directory without `log/` has an empty log.
extension Store {
    var logPath: String { path + "/" + DataDirectory.logDirectory }

    /// `log/LOG-2026-0001.json`.
    public func logEntryPath(id: String) -> String { logPath + "/" + id + ".json" }

    /// Every readable log entry, newest first (by start, then id); files that cannot be read
    /// are left out and named in `problems`, as damaged case files are.
    public func loadLog() throws(StoreError) -> (entries: [LogEntry], problems: [DataProblem]) {
        var entries: [LogEntry] = []
        var problems: [DataProblem] = []
        for name in try files.list(logPath) ?? [] where !name.hasPrefix(".") && name.hasSuffix(".json") {
            let path = logPath + "/" + name
            guard let data = try files.readIfPresent(path) else { continue }
            switch RecordDecoding.logFile(data, path: path, fileName: name) {
            case .success(let entry): entries.append(entry)
            case .failure(let problem): problems.append(problem)
            }
        }
        entries.sort { ($0.start, $0.id) > ($1.start, $1.id) }
        return (entries, problems.sorted { $0.path < $1.path })
    }

    /// The entry with this id as it is on disk; nil when there is none.
    public func readLogEntry(id: String) throws(StoreError) -> LogEntry? {
        try Store.requireFileNameSafe(id)
        let path = logEntryPath(id: id)
        guard let data = try files.readIfPresent(path) else { return nil }
        switch RecordDecoding.logFile(data, path: path, fileName: id + ".json") {
        case .failure(let problem): throw problem.error
        case .success(let entry): return entry
        }
    }

    /// Saves `entry` as a new log entry under the next free id of `year` (one above the highest
    /// `LOG-<year>-NNNN` in `log/`), chosen under the lock; whatever id `entry` carries is
    /// ignored. Version 1, creation stamps, one audit line. Returns the entry as saved.
    @discardableResult
    public func create(logEntry entry: LogEntry, year: Int) throws(StoreError) -> LogEntry {
        try requireWritable()
        return try withLock { () throws(StoreError) -> LogEntry in
            var stored = entry
            stored.id = try nextLogID(year: year)
            return try saveLocked(logEntry: stored, expectedVersion: nil)
        }
    }

    /// Saves one log entry with the rules of a case: nil creates, a stale `expectedVersion` is
    /// a conflict and writes nothing, a save that changes nothing writes nothing, one audit line
    /// naming the changed fields otherwise. Returns the entry as saved.
    @discardableResult
    public func save(logEntry entry: LogEntry, expectedVersion: Int?) throws(StoreError) -> LogEntry {
        try requireWritable()
        try Store.requireFileNameSafe(entry.id)
        return try withLock { () throws(StoreError) -> LogEntry in try saveLocked(logEntry: entry, expectedVersion: expectedVersion) }
    }

    /// Records what the counterpart confirmed of an entry's three-day report, on the entry as it
    /// is on disk under the lock (a confirmation never conflicts with another edit). Returns the
    /// entry as saved.
    @discardableResult
    public func confirmReport(logID id: String, report: ContactReport) throws(StoreError) -> LogEntry {
        try requireWritable()
        try Store.requireFileNameSafe(id)
        return try withLock { () throws(StoreError) -> LogEntry in
            guard var entry = try readLogEntry(id: id) else { throw .notFound(id: id) }
            entry.report = report
            return try saveLocked(logEntry: entry, expectedVersion: entry.version)
        }
    }

    /// Adds many log entries, all or nothing, as they are given (ids, versions and creation
    /// included), one `created` audit line each: if any id is unsafe, repeated or already in the
    /// log, or any write fails, no entry is added. Under the lock the files are written beside
    /// their places as hidden temp files, synced once, renamed into place, and the audit lines
    /// come last; a failure at any step removes what it added. A crash leaves temp files, which
    /// the next load removes.
    public func importLog(_ entries: [LogEntry]) throws(StoreError) {
        try requireWritable()
        var seen: Set<String> = []
        for entry in entries {
            try Store.requireFileNameSafe(entry.id)
            if !seen.insert(entry.id).inserted { throw .duplicateID(id: entry.id) }
        }
        guard !entries.isEmpty else { return }
        try withLock { () throws(StoreError) in
            for entry in entries where files.exists(logEntryPath(id: entry.id)) { throw .duplicateID(id: entry.id) }
            try files.makeDirectory(logPath, mode: newDirectoryMode)
            try requireRealParent(logEntryPath(id: entries[0].id))
            let writer = AtomicWriter(files: files)
            var temps: [String] = []
            var placed: [String] = []
            func undo() {
                for path in temps + placed { try? files.remove(path) }
                try? files.syncDirectory(logPath)
            }
            do throws(StoreError) {
                for entry in entries {
                    let path = logEntryPath(id: entry.id)
                    temps.append(try writer.writeTemp(encode(entry, for: path), replacing: path, newFileMode: newFileMode, sync: false))
                }
                try syncFileSystem()
                for (entry, temp) in zip(entries, temps) {
                    let path = logEntryPath(id: entry.id)
                    guard files.calls.rename(temp, path) == 0 else { throw .io(path: path, operation: .rename, errno: errno) }
                    placed.append(path)
                    temps.removeFirst()
                }
                try files.syncDirectory(logPath)
                let stamp = now()
                try appendAudit(entries.map {
                    AuditEntry(at: stamp, user: user, entity: "log", id: $0.id, version: $0.version, change: .created)
                })
            } catch {
                undo()
                throw error
            }
        }
    }

    private func saveLocked(logEntry entry: LogEntry, expectedVersion: Int?) throws(StoreError) -> LogEntry {
        try Store.requireFileNameSafe(entry.id)
        let onDisk = try readLogEntry(id: entry.id)
        let stamp = now()
        var stored = entry
        let change: AuditChange
        switch (expectedVersion, onDisk) {
        case (nil, nil):
            stored.version = 1
            stored.createdAt = stamp
            stored.createdBy = user
            change = .created
        case (nil, .some):
            throw .duplicateID(id: entry.id)
        case (.some, nil):
            throw .notFound(id: entry.id)
        case (let expected?, let existing?):
            guard existing.version == expected else { throw .conflict(mine: .logEntry(entry), theirs: .logEntry(existing)) }
            stored.createdAt = existing.createdAt
            stored.createdBy = existing.createdBy
            change = AuditChange.between(existing, stored)
            if case .fields(let fields) = change, fields.isEmpty { return existing }
            stored.version = existing.version + 1
        }
        stored.updatedAt = stamp
        stored.updatedBy = user
        try files.makeDirectory(logPath, mode: newDirectoryMode)
        let path = logEntryPath(id: stored.id)
        try commit(encode(stored, for: path), to: path, audit: [AuditEntry(
            at: stamp, user: user, entity: "log", id: stored.id, version: stored.version, change: change)])
        return stored
    }

    /// One above the highest number of `year` among the files in `log/`.
    private func nextLogID(year: Int) throws(StoreError) -> String {
        let prefix = "LOG-" + String(format: "%04d", year) + "-"
        let highest = (try files.list(logPath) ?? []).compactMap { name -> Int? in
            guard name.hasPrefix(prefix), name.hasSuffix(".json") else { return nil }
            return Int(name.dropFirst(prefix.count).dropLast(".json".count))
        }.max() ?? 0
        return prefix + String(format: "%04d", highest + 1)
    }
}

extension RecordDecoding {
    /// A log entry's file; `fileName` (`LOG-2026-0001.json`) must match the id inside.
    public static func logFile(_ data: Data, path: String, fileName: String) -> Result<LogEntry, DataProblem> {
        LocatingDecoder().decode(LogEntry.self, from: data, path: path).flatMap { entry in
            guard entry.id + ".json" == fileName else {
                return .failure(LocatingDecoder.problem(
                    at: [LogEntry.CodingKeys.id], reason: .idDoesNotMatchFileName(id: entry.id, fileName: fileName),
                    in: data, path: path))
            }
            return .success(entry)
        }
    }
}
