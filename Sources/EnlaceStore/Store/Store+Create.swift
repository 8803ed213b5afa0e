import EnlaceModel
import Foundation

extension Store {
    /// Makes a data directory at `directory`: the agency registry, and either the fictional
    /// sample board or an empty one. Files are written in the store's canonical form, each
    /// atomically, `board.json` last, so a directory interrupted half-way is not taken for a board.
    ///
    /// Writes only into a directory that does not exist or is empty: one with a `board.json` is
    /// refused as `StoreError.alreadyExists`, any other that has anything in it (a board that
    /// lost its `board.json`, an interrupted `create`, someone else's files) as
    /// `StoreError.notEmpty`, naming what is there. Nothing is created then, not even the lock.
    public static func create(
        at directory: URL, sample: Bool, user: String = Store.currentUser, boardName: String? = nil
    ) throws(StoreError) -> Store {
        let store = Store(directory: directory, user: user)
        try store.populate(sample: sample, boardName: boardName)
        return store
    }

    private func populate(sample: Bool, boardName: String?) throws(StoreError) {
        if files.exists(boardPath) { throw .alreadyExists(path: boardPath) }
        // Never a sample over real files: a board whose board.json was lost keeps its cases,
        // contacts and log, and a directory of other files is not ours to fill.
        if let names = try files.list(path), !names.isEmpty {
            throw .notEmpty(path: path, found: Self.shownEntries(names, in: path))
        }
        try makeDirectories(path)
        try files.makeDirectory(casesPath, mode: newDirectoryMode)

        let fixtures = Dictionary(EmbeddedFixtures.files.map { ($0.path, Data($0.contents.utf8)) }) { first, _ in first }
        func fixture(_ name: String) throws(StoreError) -> Data {
            guard let data = fixtures[name] else { throw .missingFile(path: "Fixtures/" + name) }
            return data
        }

        let registry = try fixtureList(Agency.self, key: "agencies", data: fixture("registry/agencies.json"),
                                       path: "Fixtures/registry/agencies.json")
        try write(encodeList(registry, for: agenciesPath), to: agenciesPath)

        let contacts = sample
            ? try fixtureList(Contact.self, key: "contacts", data: fixture("sample/contacts.json"),
                              path: "Fixtures/sample/contacts.json")
            : RecordList<Contact>(records: [], key: "contacts")
        try write(encodeList(contacts, for: contactsPath), to: contactsPath)

        var board = Board(name: boardName ?? "Enlace", createdAt: now())
        if sample {
            for (name, data) in fixtures.sorted(by: { $0.key < $1.key }) where name.hasPrefix("sample/cases/") {
                let record = try decodeFixture(Case.self, data: data, path: "Fixtures/" + name)
                try Store.requireFileNameSafe(record.id)
                let path = casePath(id: record.id)
                try write(encode(record, for: path), to: path)
            }
            for (name, data) in fixtures.sorted(by: { $0.key < $1.key }) where name.hasPrefix("sample/log/") {
                let entry = try decodeFixture(LogEntry.self, data: data, path: "Fixtures/" + name)
                try Store.requireFileNameSafe(entry.id)
                try files.makeDirectory(logPath, mode: newDirectoryMode)
                let path = logEntryPath(id: entry.id)
                try write(encode(entry, for: path), to: path)
            }
            board = try decodeFixture(Board.self, data: fixture("sample/board.json"), path: "Fixtures/sample/board.json")
            if let boardName { board.name = boardName }
        }
        try write(encode(board, for: boardPath), to: boardPath)
    }

    /// The first few of `names`, sorted, directories marked with `/`: enough to recognise what
    /// the directory holds in one line.
    private static func shownEntries(_ names: [String], in directory: String) -> [String] {
        let limit = 6
        var shown = names.sorted().prefix(limit).map { name -> String in
            var status = stat()
            let isDirectory = lstat(directory + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            return isDirectory ? name + "/" : name
        }
        if names.count > limit { shown.append("…") }
        return shown
    }

    /// `mkdir -p`, new directories closed to others.
    private func makeDirectories(_ path: String) throws(StoreError) {
        var partial = ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            partial += "/" + component
            if !files.exists(partial) { try files.makeDirectory(partial, mode: 0o700) }
        }
    }

    private func fixtureList<Record: Codable & Sendable>(
        _ type: Record.Type, key: String, data: Data, path: String
    ) throws(StoreError) -> RecordList<Record> {
        switch RecordList<Record>.decode(from: data, key: key, path: path) {
        case .success(let list): return list
        case .failure(let problem): throw problem.error
        }
    }

    private func decodeFixture<Value: Decodable>(_ type: Value.Type, data: Data, path: String) throws(StoreError) -> Value {
        switch LocatingDecoder().decode(type, from: data, path: path) {
        case .success(let value): return value
        case .failure(let problem): throw problem.error
        }
    }

    func encodeList<Record>(_ list: RecordList<Record>, for path: String) throws(StoreError) -> Data {
        do {
            return try list.encoded()
        } catch {
            throw .io(path: path, operation: .write, errno: EINVAL)
        }
    }
}
