import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in `cases/`, read and not yet stat'ed; the directory stays open for the stats.
/// A scan in two steps lets a caller do other work beside the names' reading, which one core
/// does alone, and give both cores to the stats afterwards (the list index's first screen).
final class CaseDirectoryListing: Sendable {
    private let descriptor: Int32
    /// Case files (`*.json`, not hidden), in directory order.
    let names: [String]
    let tempNames: [String]

    private init(descriptor: Int32, names: [String], tempNames: [String]) {
        self.descriptor = descriptor
        self.names = names
        self.tempNames = tempNames
    }

    deinit { close(descriptor) }

    /// nil when the directory does not exist.
    static func list(_ directory: String) throws(StoreError) -> CaseDirectoryListing? {
        guard let stream = opendir(directory) else {
            if errno == ENOENT { return nil }
            throw .io(path: directory, operation: .list, errno: errno)
        }
        defer { closedir(stream) }
        // Its own descriptor for the stats (the stream's goes with the stream), closed on exec.
        let descriptor = fcntl(dirfd(stream), F_DUPFD_CLOEXEC, 0)
        guard descriptor >= 0 else { throw .io(path: directory, operation: .list, errno: errno) }
        var names: [String] = []
        var tempNames: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            if AtomicWriter.isTempName(name) {
                tempNames.append(name)
            } else if name.hasSuffix(".json") && !name.hasPrefix(".") {
                names.append(name)
            }
        }
        return CaseDirectoryListing(descriptor: descriptor, names: names, tempNames: tempNames)
    }

    /// Every listed file with its stamp, stat'ed on every core.
    func stamped() -> CaseDirectoryScan {
        scan(stamps: Chunked.map(names.count) { range in range.map(stamp(at:)) }.flatMap { $0 })
    }

    /// The stamp of the file at `index` in `names`; nil for a file removed since the listing,
    /// which was deleted on purpose.
    func stamp(at index: Int) -> FileStamp? {
        var status = stat()
        return fstatat(descriptor, names[index], &status, 0) == 0 ? FileStamp(status) : nil
    }

    /// The scan of the listed files with `stamps`, parallel to `names`.
    func scan(stamps: [FileStamp?]) -> CaseDirectoryScan {
        var scan = CaseDirectoryScan()
        scan.tempNames = tempNames
        scan.ids.reserveCapacity(names.count)
        scan.stamps.reserveCapacity(names.count)
        for (name, stamp) in zip(names, stamps) {
            guard let stamp else { continue }
            scan.ids.append(String(name.dropLast(5)))
            scan.stamps.append(stamp)
        }
        return scan
    }
}
