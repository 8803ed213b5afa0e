import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// Reads the board for a list: the board, registry and contacts as `load()` does, and every
    /// case as a `CaseRow`, from the list index (`.cache/list-index-v1`) instead of the case
    /// files; with their folded search text from `.cache/search-text` when asked.
    ///
    /// The case files stay the only truth. One scan of `cases/` stats every file; an index entry
    /// (and a search text) is used only while its file has the same name, size, inode,
    /// modification and change time as when the entry was made, and only if the file had not
    /// changed in the two seconds before that. Every other file is decoded as `load()` decodes
    /// it (damaged ones are listed in `problems`). When many entries were stale, a writable
    /// store writes a new index atomically at once, before it returns; a damaged or missing
    /// index is rebuilt, and deleting either file is always safe.
    ///
    /// - Parameter searchText: false leaves the folded text out, and never opens its file:
    ///   enough for a first screen and for queries without free words (`CaseList.needsSearchText`).
    public func loadListIndex(searchText: Bool = true) throws(StoreError) -> ListIndexResult {
        try loadListIndex(searchText: searchText, ahead: nil as (@Sendable (ListIndexResult) -> Never)?).result
    }

    /// `loadListIndex(searchText:)`, with `ahead` run on the rows of the index as it was found,
    /// beside the stats of the case files that decide whether those rows may be used: the board
    /// makes its first screen's state there, where it would otherwise wait for 100,000
    /// stats and then make it with one core idle.
    ///
    /// `ahead`'s product is returned only when every entry of the index proved fresh, so that
    /// the result is exactly the rows `ahead` saw; otherwise (and when there is no index) it is
    /// nil and the caller works from `result`. Nothing unverified leaves this function. `ahead`
    /// sees the board, registry, contacts and rows (without search text); not the removed temp
    /// files or warnings.
    public func loadListIndex<Product: Sendable>(
        searchText: Bool = true, ahead: (@Sendable (ListIndexResult) -> Product)?
    ) throws(StoreError) -> (result: ListIndexResult, product: Product?) {
        // The store's clock, so that tests can place the scan before or after the files' times.
        let scanStart = now().secondsSinceEpoch
        // The small files and the index are read and parsed while the directory's names are
        // read; the names' thread then stats the files, and the index's joins it when done
        // (`SharedStamping`): both cores stay busy, and never more than two jobs share them.
        let (indexPath, casesPath) = (listIndexPath, casesPath)
        let stamping = SharedStamping()
        let (read, listed) = Chunked.both(
            { () -> (Result<(Board, [Agency], [Contact]), StoreError>, ListIndexFile?, (ListIndexResult, Product)?) in
                let small = Result { () throws(StoreError) in try self.loadBoardRegistryAndContacts() }
                let cached = ListIndexFile.read(indexPath)
                var early: (ListIndexResult, Product)?
                if let ahead, let cached, case .success(let (board, agencies, contacts)) = small {
                    let provisional = ListIndexResult(
                        board: board, registry: AgencyRegistry(agencies), contacts: contacts,
                        cases: CaseList(rows: cached.rows, text: nil, segmentStarts: [0], segmentOwner: []),
                        problems: [], removedTempFiles: [], decodedFiles: 0, wroteIndex: false)
                    early = (provisional, ahead(provisional))
                }
                stamping.work()
                return (small, cached, early)
            },
            {
                let listed = Result { () throws(StoreError) in try CaseDirectoryListing.list(casesPath) }
                if case .success(let listing) = listed { stamping.publish(listing) } else { stamping.publishFailure() }
                return listed.map { _ in () }
            })
        let (board, agencies, contacts) = try read.0.get()
        let cached = read.1
        try listed.get()
        let scan = stamping.scan() ?? CaseDirectoryScan()
        let (removed, kept) = try sweepStrayTemps(caseTempNames: scan.tempNames)

        let plan = ReusePlan(scan: scan, cached: cached)
        if let cached, plan.isEveryEntry(of: cached), case (var result, let product)? = read.2 {
            result.removedTempFiles = removed
            result.warnings = kept + auditLogWarnings()
            if searchText {
                let text = withSearchText(rows: cached.rows, stamps: cached.stamps, decoded: [], scanStart: scanStart)
                result.cases = text.list
                result.decodedFiles += text.decoded
                result.problems += text.problems
            }
            return (result, product)
        }
        var built = buildCaseList(scan: scan, plan: plan, cached: cached, scanStart: scanStart)
        if searchText {
            let text = withSearchText(rows: built.list.rows, stamps: built.stamps, decoded: built.decodedCases, scanStart: scanStart)
            built.list = text.list
            built.decoded += text.decoded
            built.problems += text.problems
        }
        let result = ListIndexResult(
            board: board, registry: AgencyRegistry(agencies), contacts: contacts, cases: built.list,
            problems: built.problems, removedTempFiles: removed, decodedFiles: built.decoded, wroteIndex: built.wrote,
            warnings: kept + auditLogWarnings())
        return (result, nil)
    }

    /// The cases with these ids as they are on disk, decoded on every core, in the order given;
    /// ids without a file are left out, damaged files are in `problems`.
    public func loadCases(ids: [String]) -> (cases: [Case], problems: [DataProblem]) {
        let safe = ids.filter { id in (try? Store.requireFileNameSafe(id)) != nil }
        return decodeCases(named: safe.map { $0 + ".json" })
    }

    /// Where the list index of this directory lives.
    var listIndexPath: String { path + "/" + ListIndexFile.relativePath }
    /// Where the search text of this directory lives.
    var searchTextPath: String { path + "/" + SearchTextFile.relativePath }

    // MARK: Building

    struct Built {
        var list: CaseList
        /// The stamps of the rows' files, parallel to `list.rows`.
        var stamps: [FileStamp]
        var problems: [DataProblem] = []
        var decoded = 0
        /// The cases decoded for stale entries, by id: their search text needs no second read.
        var decodedCases: [Case] = []
        var wrote = false
    }

    private func buildCaseList(scan: CaseDirectoryScan, plan: ReusePlan, cached: ListIndexFile?, scanStart: Int64) -> Built {
        var plan = plan
        let shouldWrite = mode == .readWrite && (cached == nil || plan.staleCount > max(16, scan.ids.count / 500))
        let staleIDs = plan.staleScanIndices.map { scan.ids[$0] }.sorted()
        let decoded: (cases: [Case], problems: [DataProblem]) = decodeCases(named: staleIDs.map { $0 + ".json" })
        let fresh = decoded.cases.map { (row: CaseRow($0), stamp: plan.stamp(of: $0.id, in: scan) ?? .untrusted) }
        var built = Self.mergeRows(plan: plan, cached: cached, fresh: fresh)
        built.problems = decoded.problems
        built.decoded = staleIDs.count
        built.decodedCases = decoded.cases
        if shouldWrite {
            built.wrote = writeListIndex(built.list.rows, stamps: built.stamps) { !$0.isRecent(comparedWith: scanStart) }
        }
        return built
    }

    /// The rows of `plan`'s reused entries merged with `fresh` rows (sorted by id, with their
    /// files' stamps).
    static func mergeRows(plan: ReusePlan, cached: ListIndexFile?, fresh: [(row: CaseRow, stamp: FileStamp)]) -> Built {
        if let cached, fresh.isEmpty, plan.reusedEntries.elementsEqual(cached.rows.indices) {
            // Every entry as it is: the index's own columns.
            return Built(list: CaseList(rows: cached.rows, text: nil, segmentStarts: [0], segmentOwner: []), stamps: cached.stamps)
        }
        // Rows in id order: the reused entries (in the index's order, which is by id) merged
        // with the fresh ones.
        var rows: [CaseRow] = []
        var rowStamps: [FileStamp] = []
        rows.reserveCapacity(plan.reusedEntries.count + fresh.count)
        rowStamps.reserveCapacity(rows.capacity)
        var reusedPosition = 0
        var freshPosition = 0
        while reusedPosition < plan.reusedEntries.count || freshPosition < fresh.count {
            let entryIndex = reusedPosition < plan.reusedEntries.count ? plan.reusedEntries[reusedPosition] : nil
            if let entryIndex, let cached,
               freshPosition == fresh.count || cached.rows[entryIndex].id < fresh[freshPosition].row.id {
                rows.append(cached.rows[entryIndex])
                rowStamps.append(cached.stamps[entryIndex])
                reusedPosition += 1
            } else {
                rows.append(fresh[freshPosition].row)
                rowStamps.append(fresh[freshPosition].stamp)
                freshPosition += 1
            }
        }
        return Built(list: CaseList(rows: rows, text: nil, segmentStarts: [0], segmentOwner: []), stamps: rowStamps)
    }

    /// `rows` with their search text: from `.cache/search-text` where its entry has the row's
    /// (fresh) stamp, from `decoded` (cases just read, sorted by id) or from the case file
    /// otherwise. A writable store saves the file again when many texts were not in it.
    private func withSearchText(
        rows: [CaseRow], stamps: [FileStamp], decoded: [Case], scanStart: Int64
    ) -> (list: CaseList, decoded: Int, problems: [DataProblem]) {
        enum Source {
            case stored(Range<Int>)
            case decoded(Int)
            case missing
        }
        let stored = SearchTextFile.read(searchTextPath)
        var sources: [Source] = []
        sources.reserveCapacity(rows.count)
        var missing: [String] = []
        var storedPosition = 0
        var decodedPosition = 0
        for (index, row) in rows.enumerated() {
            if let stored {
                while storedPosition < stored.ids.count && stored.ids[storedPosition] < row.id { storedPosition += 1 }
                if storedPosition < stored.ids.count, stored.ids[storedPosition] == row.id,
                   stored.stamps[storedPosition] == stamps[index], stamps[index] != .untrusted {
                    sources.append(.stored(stored.range(storedPosition)))
                    continue
                }
            }
            while decodedPosition < decoded.count && decoded[decodedPosition].id < row.id { decodedPosition += 1 }
            if decodedPosition < decoded.count, decoded[decodedPosition].id == row.id {
                sources.append(.decoded(decodedPosition))
            } else {
                sources.append(.missing)
                missing.append(row.id)
            }
        }
        // Rows whose entry was fresh but whose text is not: their files are read for the text.
        let read = missing.isEmpty ? ([], []) : decodeCases(named: missing.map { $0 + ".json" })
        let readByID = Dictionary(read.0.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var text: [UInt8] = []
        text.reserveCapacity(stored?.text.count ?? rows.count * 1_000)
        var ends: [Int] = []
        ends.reserveCapacity(rows.count)
        var written = stamps
        var rebuilt = 0
        for (index, source) in sources.enumerated() {
            switch source {
            case .stored(let range):
                if let stored { text.append(contentsOf: stored.text[range]) }
            case .decoded(let position):
                SearchableText.append(decoded[position], to: &text)
                rebuilt += 1
            case .missing:
                rebuilt += 1
                if let record = readByID[rows[index].id] {
                    SearchableText.append(record, to: &text)
                } else {
                    // Gone or damaged since the scan: no text, and none kept for it.
                    written[index] = .untrusted
                }
            }
            ends.append(text.count)
        }
        let starts = [0] + ends
        let list = CaseList(rows: rows, text: text, segmentStarts: starts, segmentOwner: rows.indices.map { Int32($0) })
        let dead = (stored?.ids.count ?? 0) - (rows.count - rebuilt)
        if mode == .readWrite && (stored == nil || rebuilt + dead > max(16, rows.count / 500)) {
            let trusted = written.map { $0.isRecent(comparedWith: scanStart) ? FileStamp.untrusted : $0 }
            _ = writeCacheFile(SearchTextFile.encode(ids: rows.map(\.id), stamps: trusted, text: text, ends: ends), to: searchTextPath)
        }
        return (list, missing.count, read.1)
    }

    /// Writes the index for `rows`, each entry with its file's stamp where `trusts` it and the
    /// untrusted stamp otherwise; false when it could not (a reader who may not write the
    /// directory still gets the board).
    func writeListIndex(_ rows: [CaseRow], stamps: [FileStamp], trusts: (FileStamp) -> Bool) -> Bool {
        let entries = rows.indices.map { index in
            (stamp: trusts(stamps[index]) ? stamps[index] : FileStamp.untrusted, row: rows[index])
        }
        return writeCacheFile(Data(ListIndexFile.encode(entries)), to: listIndexPath)
    }

    /// Writes a derived file of `.cache/` atomically, unsynced; false when it could not.
    private func writeCacheFile(_ bytes: Data, to target: String) -> Bool {
        do throws(StoreError) {
            try makeCacheDirectory()
            let writer = AtomicWriter(files: files)
            // No fsync: the file is derived, and a torn one fails its checksums and is rebuilt.
            let temp = try writer.writeTemp(bytes, replacing: target, newFileMode: newFileMode, sync: false)
            guard files.calls.rename(temp, target) == 0 else {
                try? files.remove(temp)
                return false
            }
            return true
        } catch {
            return false
        }
    }

    /// `.cache/`, made if missing; throws when it is a link (derived files are then not kept).
    func makeCacheDirectory() throws(StoreError) {
        let directory = path + "/.cache"
        if !files.exists(directory) {
            try files.makeDirectory(directory, mode: newDirectoryMode)
            // Derived data: keep it out of a board shared through git.
            try? AtomicWriter(files: files).write(Data("*\n".utf8), to: directory + "/.gitignore", newFileMode: newFileMode)
        }
        // A `.cache` that is a link leads elsewhere: the index is then simply not kept.
        try FileAccess.requireRealDirectory(directory)
    }
}

/// Which scanned case files have a fresh entry in the cached index.
struct ReusePlan {
    /// Entries of the index to use as they are, in increasing id order.
    var reusedEntries: [Int] = []
    /// Scanned files to decode.
    var staleScanIndices: [Int] = []
    /// Files to decode plus entries of files that are gone (dead weight in the index).
    var staleCount: Int
    /// The stale files by id, made when first asked.
    private var scanIndexByID: [String: Int] = [:]

    /// Every entry of `cached`, in its order, as if each had proved fresh: what `loadListIndex`
    /// works ahead on while the files are stat'ed.
    init(everyEntryOf cached: ListIndexFile) {
        reusedEntries = Array(cached.rows.indices)
        staleCount = 0
    }

    /// Nothing to decode and every entry of `cached` used in its own order: the rows are those
    /// of `init(everyEntryOf:)`.
    func isEveryEntry(of cached: ListIndexFile) -> Bool {
        staleCount == 0 && staleScanIndices.isEmpty && reusedEntries.elementsEqual(cached.rows.indices)
    }

    init(scan: CaseDirectoryScan, cached: ListIndexFile?) {
        guard let cached else {
            staleScanIndices = Array(scan.ids.indices)
            staleCount = scan.ids.count
            return
        }
        // Entries meet their files by inode (an integer key: 100,000 string hashes cost more
        // than the rest of the plan); the name and the whole stamp must then match too. An
        // untrusted entry's inode, 0, is no file's.
        let scanIndexByInode = InodeTable(scan.stamps.lazy.map(\.inode))
        var used = [Bool](repeating: false, count: scan.ids.count)
        reusedEntries.reserveCapacity(cached.rows.count)
        for (entryIndex, stamp) in cached.stamps.enumerated() {
            guard let scanIndex = scanIndexByInode[stamp.inode], !used[scanIndex],
                  scan.stamps[scanIndex] == stamp, scan.ids[scanIndex] == cached.rows[entryIndex].id
            else { continue }
            used[scanIndex] = true
            reusedEntries.append(entryIndex)
        }
        // The index is written in id order; one that is not is sorted rather than trusted.
        if zip(reusedEntries, reusedEntries.dropFirst()).contains(where: { cached.rows[$0].id >= cached.rows[$1].id }) {
            reusedEntries.sort { cached.rows[$0].id < cached.rows[$1].id }
        }
        staleScanIndices = used.indices.filter { !used[$0] }
        staleCount = staleScanIndices.count + (cached.rows.count - reusedEntries.count)
    }

    /// The stamp the scan found for the stale file of `id`, asked once per decoded file.
    mutating func stamp(of id: String, in scan: CaseDirectoryScan) -> FileStamp? {
        if scanIndexByID.isEmpty {
            scanIndexByID.reserveCapacity(staleScanIndices.count)
            for index in staleScanIndices { scanIndexByID[scan.ids[index]] = index }
        }
        return scanIndexByID[id].map { scan.stamps[$0] }
    }
}
