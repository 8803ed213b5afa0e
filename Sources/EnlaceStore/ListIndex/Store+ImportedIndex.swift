import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// Writes a fresh list index at the end of an import, under its lock: the rows of the
    /// `imported` cases come from the records the import wrote (no file is read again), the
    /// board's other cases from the index as it was, or from their files where it was stale.
    /// The first board opened afterwards then decodes no case file.
    ///
    /// A file changed again within the same tick of the clock as an entry's stamp would keep
    /// that stamp, which is why a load does not trust files changed in the two seconds before
    /// its scan. Here the import's own files are known to be older than the scan: the file
    /// system's clock is read from a probe file in `.cache/` until it has passed the audit
    /// log's last write, which came after every case file of the import, and only then are the
    /// files stat'ed. Any later change of one gets a newer time, and so a new stamp. An entry is
    /// trusted only when its file's times are before that reading.
    ///
    /// Best effort: the index is derived, so a failure here leaves it to the next load.
    func writeListIndex(afterImporting imported: [CaseRow]) {
        guard mode == .readWrite, (try? makeCacheDirectory()) != nil,
              let clock = FileSystemClock(store: self, after: Self.newestTime(of: auditPath)),
              let scan = try? CaseDirectoryScan.scan(casesPath)
        else { return }
        let reading = clock.reading
        clock.remove()

        let cached = ListIndexFile.read(listIndexPath)
        let plan = ReusePlan(scan: scan, cached: cached)
        let importedByID = Dictionary(imported.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        var fresh: [(row: CaseRow, stamp: FileStamp)] = []
        var others: [String] = []
        for scanIndex in plan.staleScanIndices {
            let id = scan.ids[scanIndex]
            if let row = importedByID[id] {
                fresh.append((row, scan.stamps[scanIndex]))
            } else {
                others.append(id)
            }
        }
        // The board's cases the index had no fresh entry for (an index deleted before the import).
        var stamps = plan
        let decoded = decodeCases(named: others.sorted().map { $0 + ".json" }).0
        for record in decoded { fresh.append((CaseRow(record), stamps.stamp(of: record.id, in: scan) ?? .untrusted)) }
        fresh.sort { $0.row.id < $1.row.id }
        let built = Self.mergeRows(plan: plan, cached: cached, fresh: fresh)
        _ = writeListIndex(built.list.rows, stamps: built.stamps) { stamp in
            Self.isBefore(stamp.modifiedSeconds, stamp.modifiedNanoseconds, reading)
                && Self.isBefore(stamp.changedSeconds, stamp.changedNanoseconds, reading)
        }
    }

    private static func isBefore(_ seconds: Int64, _ nanoseconds: Int64, _ reading: timespec) -> Bool {
        (seconds, nanoseconds) < (Int64(reading.tv_sec), Int64(reading.tv_nsec))
    }

    /// The later of a file's modification and change times; nil when it cannot be stat'ed.
    static func newestTime(of path: String) -> timespec? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        let (modified, changed) = (status.st_mtim, status.st_ctim)
        return (modified.tv_sec, modified.tv_nsec) < (changed.tv_sec, changed.tv_nsec) ? changed : modified
    }
}

/// The file system's clock, read from the times it gives a probe file of `.cache/` when they
/// are set to now: the clock every case file's times came from, on this machine or a file server.
struct FileSystemClock {
    let reading: timespec
    private let probe: String
    private let store: Store

    /// Reads the clock until it is past `after`, a millisecond at a time: a few milliseconds on
    /// a file system with fine times, up to a second on one that keeps whole seconds. Nil when
    /// the probe cannot be made or the clock does not pass it within 1.1 s.
    init?(store: Store, after: timespec?) {
        guard let after else { return nil }
        let writer = AtomicWriter(files: store.files)
        guard let probe = try? writer.writeTemp(Data(), replacing: store.listIndexPath, newFileMode: store.newFileMode, sync: false)
        else { return nil }
        self.probe = probe
        self.store = store
        var reading: timespec?
        if let descriptor = try? FileAccess.openRegular(probe, flags: O_WRONLY) {
            for _ in 0..<1_100 {
                var status = stat()
                guard futimens(descriptor, nil) == 0, fstat(descriptor, &status) == 0 else { break }
                if (status.st_mtim.tv_sec, status.st_mtim.tv_nsec) > (after.tv_sec, after.tv_nsec) {
                    reading = status.st_mtim
                    break
                }
                usleep(1_000)
            }
            close(descriptor)
        }
        guard let reading else {
            try? store.files.remove(probe)
            return nil
        }
        self.reading = reading
    }

    func remove() { try? store.files.remove(probe) }
}
