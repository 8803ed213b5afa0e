import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// Reads the board for a list: the board, registry and contacts as `load()` does, and every
    /// case as a `CaseListRow` with its folded search text, from the list index
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
        // The store's clock, so that tests can place the scan before or after the files' times.
        let scanStart = now().secondsSinceEpoch
        let board = try loadBoard()
        let agencies = try loadList(Agency.self, key: "agencies", path: agenciesPath).records
        let contacts = try loadList(Contact.self, key: "contacts", path: contactsPath).records
        if let duplicate = firstDuplicate(contacts.map(\.id)) {
            let data = (try? files.read(contactsPath)) ?? Data()
            throw LocatingDecoder.problem(at: [], reason: .duplicateID(id: duplicate), in: data, path: contactsPath).error
        }
        let scan = try CaseDirectoryScan.scan(casesPath) ?? CaseDirectoryScan()
        var tempPaths = scan.tempNames.map { casesPath + "/" + $0 }
        for name in try files.list(path) ?? [] where AtomicWriter.isTempName(name) { tempPaths.append(path + "/" + name) }
        let removed = try removeStrayTemps(tempPaths)

        let built = buildCaseList(scan: scan, scanStart: scanStart, searchText: searchText)
        return ListIndexResult(
            board: board, registry: AgencyRegistry(agencies), contacts: contacts, cases: built.list,
            problems: built.problems, removedTempFiles: removed, decodedFiles: built.decoded, wroteIndex: built.wrote)
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
        var problems: [DataProblem]
        var decoded: Int
        var wrote: Bool
    }

    private func buildCaseList(scan: CaseDirectoryScan, scanStart: Int64, searchText: Bool, useCache: Bool = true) -> Built {
        var cached = useCache ? ListIndexFile.read(listIndexPath, withText: searchText) : nil
        var plan = ReusePlan(scan: scan, cached: cached)
        let shouldWrite = mode == .readWrite && (cached == nil || plan.staleCount > max(16, scan.files.count / 500))
        if shouldWrite && cached != nil && cached?.text == nil && useCache {
            // Writing needs every entry's text: read the index again, whole.
            cached = ListIndexFile.read(listIndexPath, withText: true)
            plan = ReusePlan(scan: scan, cached: cached)
        }
        let withText = searchText || shouldWrite

        let staleNames = plan.staleScanIndices.map { scan.files[$0].name }
        let (decodedCases, problems) = decodeCases(named: staleNames)
        let decodedByName = Dictionary(decodedCases.map { ($0.id + ".json", $0) }) { first, _ in first }

        var rows: [CaseListRow] = []
        rows.reserveCapacity(scan.files.count)
        var rowStamps: [FileStamp] = []
        var rowOfEntry: [Int: Int] = [:]
        var decodedRows: [(row: Int, record: Case)] = []
        for (scanIndex, file) in scan.files.enumerated() {
            if let entryIndex = plan.entryForScan[scanIndex], let entry = cached?.entries[entryIndex] {
                rowOfEntry[entryIndex] = rows.count
                rows.append(entry.row)
            } else if let record = decodedByName[file.name] {
                decodedRows.append((rows.count, record))
                rows.append(CaseListRow(record))
            } else {
                continue
            }
            rowStamps.append(file.stamp)
        }

        var text: [UInt8]?
        var segmentStarts: [Int] = [0]
        var segmentOwner: [Int32] = []
        if withText {
            var buffer: [UInt8] = []
            if let cached, let cachedText = cached.text, let tiled = Self.tiledSegments(cached.entries, textCount: cachedText.count) {
                buffer = cachedText
                for entryIndex in tiled {
                    segmentOwner.append(rowOfEntry[entryIndex].map(Int32.init) ?? -1)
                    segmentStarts.append(cached.entries[entryIndex].textRange.upperBound)
                }
            } else if !rowOfEntry.isEmpty {
                // Entries without usable text: decode them too rather than search nothing.
                return buildCaseList(scan: scan, scanStart: scanStart, searchText: searchText, useCache: false)
            }
            buffer.reserveCapacity(buffer.count + decodedRows.count * 1_400)
            for (row, record) in decodedRows {
                CaseSearchText.append(record, to: &buffer)
                segmentOwner.append(Int32(row))
                segmentStarts.append(buffer.count)
            }
            text = buffer
        }
        let list = CaseList(rows: rows, text: text, segmentStarts: segmentStarts, segmentOwner: segmentOwner)
        var wrote = false
        if shouldWrite { wrote = writeListIndex(list, stamps: rowStamps, scanStart: scanStart) }
        return Built(list: list, problems: problems, decoded: staleNames.count, wrote: wrote)
    }

    /// The entries in text order if their ranges tile the text section exactly; nil otherwise.
    private static func tiledSegments(_ entries: [ListIndexFile.Entry], textCount: Int) -> [Int]? {
        let order = entries.indices.sorted { entries[$0].textRange.lowerBound < entries[$1].textRange.lowerBound }
        var end = 0
        for index in order {
            guard entries[index].textRange.lowerBound == end else { return nil }
            end = entries[index].textRange.upperBound
        }
        return end == textCount ? order : nil
    }

    /// Writes the index for `list` (which has its text); false when it could not (a reader who
    /// may not write the directory still gets the board).
    private func writeListIndex(_ list: CaseList, stamps: [FileStamp], scanStart: Int64) -> Bool {
        var rowSegment = [Int](repeating: -1, count: list.rows.count)
        for (segment, owner) in list.segmentOwner.enumerated() where owner >= 0 { rowSegment[Int(owner)] = segment }
        let entries = list.rows.indices.map { index in
            (name: list.rows[index].id + ".json",
             stamp: stamps[index].isRecent(comparedWith: scanStart) ? FileStamp.untrusted : stamps[index],
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
    var entryForScan: [Int?]
    var staleScanIndices: [Int] = []
    var staleCount: Int

    init(scan: CaseDirectoryScan, cached: ListIndexFile?) {
        entryForScan = Array(repeating: nil, count: scan.files.count)
        guard let cached else {
            staleScanIndices = Array(scan.files.indices)
            staleCount = scan.files.count
            return
        }
        var byName: [String: Int] = [:]
        byName.reserveCapacity(cached.entries.count)
        for (index, entry) in cached.entries.enumerated() { byName[entry.name] = index }
        var reused = 0
        for (scanIndex, file) in scan.files.enumerated() {
            if let entryIndex = byName[file.name], cached.entries[entryIndex].stamp == file.stamp,
               cached.entries[entryIndex].row.id + ".json" == file.name {
                entryForScan[scanIndex] = entryIndex
                reused += 1
            } else {
                staleScanIndices.append(scanIndex)
            }
        }
        // Entries of files that are gone count too: their text is dead weight in the index.
        staleCount = staleScanIndices.count + (cached.entries.count - reused)
    }
}
