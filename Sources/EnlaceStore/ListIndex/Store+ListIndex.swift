import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// Reads the board for a list: the board, registry and contacts as `load()` does, and every
    /// case as a `CaseRow` with its folded search text, from the list index
    /// (`.cache/list-index-v1`) instead of the case files.
    ///
    /// The case files stay the only truth. One scan of `cases/` stats every file; an index entry
    /// is used only while its file has the same name, size, inode, modification and change time
    /// as when the entry was made, and only if the file had not changed in the two seconds
    /// before that. Every other file is decoded as `load()` decodes it (damaged ones are listed
    /// in `problems`). When many entries were stale, a writable store writes a new index
    /// atomically; a damaged or missing index is rebuilt, and deleting it is always safe.
    ///
    /// - Parameter searchText: false leaves the folded text out (about two thirds of the index):
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
    /// sees the board, registry, contacts and rows; not the removed temp files or warnings.
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
                let cached = ListIndexFile.read(indexPath, withText: searchText)
                var early: (ListIndexResult, Product)?
                if let ahead, let cached, case .success(let (board, agencies, contacts)) = small,
                   let rows = Self.buildCaseList(plan: ReusePlan(everyEntryOf: cached), cached: cached, decoded: ([], []), withText: searchText) {
                    let provisional = ListIndexResult(
                        board: board, registry: AgencyRegistry(agencies), contacts: contacts, cases: rows.list,
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
            return (result, product)
        }
        let built = buildCaseList(scan: scan, plan: plan, cached: cached, scanStart: scanStart, searchText: searchText)
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

    // MARK: Building

    private struct Built {
        var list: CaseList
        /// The stamps of the rows' files, parallel to `list.rows`.
        var stamps: [FileStamp]
        var problems: [DataProblem] = []
        var decoded = 0
        var wrote = false
    }

    private func buildCaseList(
        scan: CaseDirectoryScan, plan: ReusePlan, cached: ListIndexFile?, scanStart: Int64, searchText: Bool
    ) -> Built {
        var cached = cached
        var plan = plan
        let shouldWrite = mode == .readWrite && (cached == nil || plan.staleCount > max(16, scan.ids.count / 500))
        if shouldWrite && cached != nil && cached?.text == nil {
            // Writing needs every entry's text: read the index again, whole.
            cached = ListIndexFile.read(listIndexPath, withText: true)
            plan = ReusePlan(scan: scan, cached: cached)
        }
        let withText = searchText || shouldWrite

        let staleIDs = plan.staleScanIndices.map { scan.ids[$0] }.sorted()
        let decoded: (cases: [Case], problems: [DataProblem]) = decodeCases(named: staleIDs.map { $0 + ".json" })
        let stamps = decoded.cases.map { plan.stamp(of: $0.id, in: scan) ?? .untrusted }
        guard var built = Self.buildCaseList(plan: plan, cached: cached, decoded: (decoded.cases, stamps), withText: withText) else {
            // Entries without usable text: decode them too rather than search nothing.
            return buildCaseList(scan: scan, plan: ReusePlan(scan: scan, cached: nil), cached: nil, scanStart: scanStart, searchText: searchText)
        }
        built.problems = decoded.problems
        built.decoded = staleIDs.count
        if shouldWrite { built.wrote = writeListIndex(built.list, stamps: built.stamps, scanStart: scanStart) }
        return built
    }

    /// The rows of `plan`'s reused entries merged with the `decoded` cases (by id, with their
    /// files' stamps), and their search text when `withText`; nil when the reused entries have
    /// no usable text to give.
    private static func buildCaseList(
        plan: ReusePlan, cached: ListIndexFile?, decoded: (cases: [Case], stamps: [FileStamp]), withText: Bool
    ) -> Built? {
        let decodedCases = decoded.cases
        var rows: [CaseRow] = []
        var rowStamps: [FileStamp] = []
        var rowOfEntry: [Int32] = []
        var decodedRows: [(row: Int, record: Case)] = []
        if let cached, decodedCases.isEmpty, plan.reusedEntries.elementsEqual(cached.rows.indices) {
            // Every entry as it is: the index's own columns.
            rows = cached.rows
            rowStamps = cached.stamps
            if withText { rowOfEntry = cached.rows.indices.map { Int32($0) } }
        } else {
            // Rows in id order: the reused entries (in the index's order, which is by id) merged
            // with the decoded cases (by id).
            rows.reserveCapacity(plan.reusedEntries.count + decodedCases.count)
            rowStamps.reserveCapacity(rows.capacity)
            rowOfEntry = Array(repeating: -1, count: cached?.rows.count ?? 0)
            var reusedPosition = 0
            var decodedPosition = 0
            while reusedPosition < plan.reusedEntries.count || decodedPosition < decodedCases.count {
                let entryIndex = reusedPosition < plan.reusedEntries.count ? plan.reusedEntries[reusedPosition] : nil
                if let entryIndex, let cached,
                   decodedPosition == decodedCases.count || cached.rows[entryIndex].id < decodedCases[decodedPosition].id {
                    rowOfEntry[entryIndex] = Int32(rows.count)
                    rows.append(cached.rows[entryIndex])
                    rowStamps.append(cached.stamps[entryIndex])
                    reusedPosition += 1
                } else {
                    let record = decodedCases[decodedPosition]
                    decodedRows.append((rows.count, record))
                    rows.append(CaseRow(record))
                    rowStamps.append(decoded.stamps[decodedPosition])
                    decodedPosition += 1
                }
            }
        }

        var text: [UInt8]?
        var segmentStarts: [Int] = [0]
        var segmentOwner: [Int32] = []
        if withText {
            var buffer: [UInt8] = []
            if let cached, let cachedText = cached.text, let tiled = tiledSegments(cached.textRanges, textCount: cachedText.count) {
                buffer = cachedText
                for entryIndex in tiled {
                    segmentOwner.append(rowOfEntry[entryIndex])
                    segmentStarts.append(cached.textRanges[entryIndex].upperBound)
                }
            } else if !plan.reusedEntries.isEmpty {
                return nil
            }
            buffer.reserveCapacity(buffer.count + decodedRows.count * 1_400)
            for (row, record) in decodedRows {
                SearchableText.append(record, to: &buffer)
                segmentOwner.append(Int32(row))
                segmentStarts.append(buffer.count)
            }
            text = buffer
        }
        let list = CaseList(rows: rows, text: text, segmentStarts: segmentStarts, segmentOwner: segmentOwner)
        return Built(list: list, stamps: rowStamps)
    }

    /// The entries in text order if their ranges tile the text section exactly; nil otherwise.
    private static func tiledSegments(_ ranges: [Range<Int>], textCount: Int) -> [Int]? {
        let order = ranges.indices.sorted { ranges[$0].lowerBound < ranges[$1].lowerBound }
        var end = 0
        for index in order {
            guard ranges[index].lowerBound == end else { return nil }
            end = ranges[index].upperBound
        }
        return end == textCount ? order : nil
    }

    /// Writes the index for `list` (which has its text); false when it could not (a reader who
    /// may not write the directory still gets the board).
    private func writeListIndex(_ list: CaseList, stamps: [FileStamp], scanStart: Int64) -> Bool {
        var rowSegment = [Int](repeating: -1, count: list.rows.count)
        for (segment, owner) in list.segmentOwner.enumerated() where owner >= 0 { rowSegment[Int(owner)] = segment }
        let entries = list.rows.indices.map { index in
            (stamp: stamps[index].isRecent(comparedWith: scanStart) ? FileStamp.untrusted : stamps[index],
             row: list.rows[index])
        }
        let bytes = ListIndexFile.encode(entries) { index in
            let segment = rowSegment[index]
            guard segment >= 0 else { return [] }
            return list.text[list.segmentStarts[segment]..<list.segmentStarts[segment + 1]]
        }
        let directory = path + "/.cache"
        do throws(StoreError) {
            if !files.exists(directory) {
                try files.makeDirectory(directory, mode: newDirectoryMode)
                // Derived data: keep it out of a board shared through git.
                try? AtomicWriter(files: files).write(Data("*\n".utf8), to: directory + "/.gitignore", newFileMode: newFileMode)
            }
            // A `.cache` that is a link leads elsewhere: the index is then simply not kept.
            try FileAccess.requireRealDirectory(directory)
            let writer = AtomicWriter(files: files)
            // No fsync: the index is derived, and a torn one fails its checksums and is rebuilt.
            let temp = try writer.writeTemp(Data(bytes), replacing: listIndexPath, newFileMode: newFileMode, sync: false)
            guard files.calls.rename(temp, listIndexPath) == 0 else {
                try? files.remove(temp)
                return false
            }
            return true
        } catch {
            return false
        }
    }
}

/// Which scanned case files have a fresh entry in the cached index.
private struct ReusePlan {
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
