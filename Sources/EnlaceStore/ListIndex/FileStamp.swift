import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a directory scan knows of a case file without opening it. A list index entry is used
/// only while its file's stamp is the same: any save (a new inode by rename), any edit in place
/// (mtime, ctime, size) or a copy over it (ctime) makes it stale.
struct FileStamp: Equatable, Sendable {
    var size: UInt64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var changedSeconds: Int64
    var changedNanoseconds: Int64
    var inode: UInt64

    /// A stamp no file has: written for entries too recent to trust (see `isRecent`).
    static let untrusted = FileStamp(
        size: UInt64.max, modifiedSeconds: 0, modifiedNanoseconds: 0, changedSeconds: 0, changedNanoseconds: 0, inode: 0)

    init(size: UInt64, modifiedSeconds: Int64, modifiedNanoseconds: Int64, changedSeconds: Int64,
         changedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
    }

    init(_ status: stat) {
        self.init(
            size: UInt64(max(0, status.st_size)),
            modifiedSeconds: Int64(status.st_mtim.tv_sec), modifiedNanoseconds: Int64(status.st_mtim.tv_nsec),
            changedSeconds: Int64(status.st_ctim.tv_sec), changedNanoseconds: Int64(status.st_ctim.tv_nsec),
            inode: UInt64(status.st_ino))
    }

    /// File times come from a coarse clock: a file changed again within the same tick, with the
    /// same size, would keep its stamp. A file changed shortly before a scan is therefore not
    /// trusted by the index that scan writes; it is read again next time (as git does with its
    /// "racily clean" entries).
    func isRecent(comparedWith scanStartSeconds: Int64) -> Bool {
        max(modifiedSeconds, changedSeconds) >= scanStartSeconds - 2
    }
}

/// The case files of `cases/` (by id: the name without `.json`) with their stamps, and the
/// stray temp files, in one scan; in directory order, not sorted.
struct CaseDirectoryScan {
    var ids: [String] = []
    var stamps: [FileStamp] = []
    var tempNames: [String] = []

    /// nil when the directory does not exist. The names are read first, then stat'ed on every
    /// core: at 100,000 files the path lookups are most of a scan.
    static func scan(_ directory: String) throws(StoreError) -> CaseDirectoryScan? {
        try CaseDirectoryListing.list(directory)?.stamped()
    }
}
