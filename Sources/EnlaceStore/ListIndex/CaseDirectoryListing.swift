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
    /// The ids of the case files (`<id>.json`, not hidden), in directory order: made from the
    /// names' bytes as they are read, on the thread that reads them, so that the scan that
    /// follows the stats has no 100,000 strings left to make.
    let ids: [String]
    let tempNames: [String]

    private init(descriptor: Int32, ids: [String], tempNames: [String]) {
        self.descriptor = descriptor
        self.ids = ids
        self.tempNames = tempNames
    }

    deinit { close(descriptor) }

    private static let caseFileSuffix = Array(".json".utf8)

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
        var ids: [String] = []
        var tempNames: [String] = []
        let suffix = caseFileSuffix
        while let entry = readdir(stream) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let name = UnsafeRawBufferPointer(rebasing: raw[..<strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)])
                guard let first = name.first else { return }
                if first == UInt8(ascii: ".") {
                    let text = String(decoding: name, as: UTF8.self)
                    if AtomicWriter.isTempName(text) { tempNames.append(text) }
                } else if name.count > suffix.count, name.suffix(suffix.count).elementsEqual(suffix) {
                    ids.append(String(decoding: UnsafeRawBufferPointer(rebasing: name.dropLast(suffix.count)), as: UTF8.self))
                }
            }
        }
        return CaseDirectoryListing(descriptor: descriptor, ids: ids, tempNames: tempNames)
    }

    /// Every listed file with its stamp, stat'ed on every core.
    func stamped() -> CaseDirectoryScan {
        scan(stamps: Chunked.map(ids.count) { range in range.map(stamp(at:)) }.flatMap { $0 })
    }

    /// The stamp of the file at `index` in `ids`; nil for a file removed since the listing,
    /// which was deleted on purpose.
    func stamp(at index: Int) -> FileStamp? {
        var id = ids[index]
        let suffix = Self.caseFileSuffix
        // The name is put together on the stack: a heap block for each of 100,000 stats costs.
        return id.withUTF8 { idBytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: idBytes.count + suffix.count + 1) { name in
                _ = name.initialize(fromContentsOf: idBytes)
                _ = name[idBytes.count...].initialize(fromContentsOf: suffix)
                name[idBytes.count + suffix.count] = 0
                var status = stat()
                let found = name.withMemoryRebound(to: CChar.self) { fstatat(descriptor, $0.baseAddress!, &status, 0) == 0 }
                return found ? FileStamp(status) : nil
            }
        }
    }

    /// The scan of the listed files with `stamps`, parallel to `ids`.
    func scan(stamps: [FileStamp?]) -> CaseDirectoryScan {
        var scan = CaseDirectoryScan()
        scan.tempNames = tempNames
        guard stamps.contains(nil) else {
            scan.ids = ids
            scan.stamps = stamps.map { $0! }
            return scan
        }
        for (id, stamp) in zip(ids, stamps) {
            guard let stamp else { continue }
            scan.ids.append(id)
            scan.stamps.append(stamp)
        }
        return scan
    }
}
