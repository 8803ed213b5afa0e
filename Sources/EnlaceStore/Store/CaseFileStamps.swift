import EnlaceModel

/// The stamps of the case files a load read, one for each of its cases, in the same order. A
/// file changed too shortly before its load to trust its stamp has `FileStamp.untrusted`, so
/// the next reload reads it again.
struct CaseFileStamps: Sendable, Equatable {
    var stamps: [FileStamp] = []
}

/// The cases of an earlier load that a reload takes without reading their files again: those
/// whose file the new scan found with the stamp it had when it was read.
struct ReusedCases {
    private let previous: CaseTable
    private let previousStamps: [FileStamp]
    /// Positions in the earlier load's cases, in its order (by id).
    private(set) var indices: [Int] = []
    /// Scanned files no earlier case accounts for: new, changed or never read.
    private(set) var unusedScanIndices: [Int]

    /// Nothing to reuse: a first load.
    init(scanCount: Int) {
        previous = []
        previousStamps = []
        unusedScanIndices = Array(0..<scanCount)
    }

    init(previous load: LoadResult, scan: CaseDirectoryScan) {
        previous = load.data.cases
        previousStamps = load.caseStamps.stamps
        guard previousStamps.count == previous.count else {
            unusedScanIndices = Array(scan.ids.indices)
            return
        }
        // Cases meet their files by inode (integer keys: 100,000 string hashes would cost more
        // than the rest of a reload); the name and the whole stamp must then match too. An
        // untrusted stamp's inode, 0, is no file's.
        var scanIndexByInode: [UInt64: Int] = [:]
        scanIndexByInode.reserveCapacity(scan.ids.count)
        for (index, stamp) in scan.stamps.enumerated() { scanIndexByInode[stamp.inode] = index }
        var used = [Bool](repeating: false, count: scan.ids.count)
        indices.reserveCapacity(previous.count)
        for index in previous.indices {
            guard let scanIndex = scanIndexByInode[previousStamps[index].inode], !used[scanIndex],
                  scan.stamps[scanIndex] == previousStamps[index], scan.ids[scanIndex] == previous[index].id
            else { continue }
            used[scanIndex] = true
            indices.append(index)
        }
        unusedScanIndices = used.indices.filter { !used[$0] }
    }

    func id(at position: Int) -> String { previous[indices[position]].id }
    func record(at position: Int) -> Case { previous[indices[position]] }
    func stamp(at position: Int) -> FileStamp { previousStamps[indices[position]] }
}
