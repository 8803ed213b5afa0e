import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the files of a data directory look like from outside: for each file that a save
/// touches, its inode, size and modification time. Two equal stamps mean nobody saved in
/// between; a different one means reload.
///
/// A save renames a new file into place (a new inode and a new mtime of `cases/`) and appends
/// to `audit.jsonl`, so a stamp of six `stat` calls notices every save, whatever the size of
/// the board.
public struct ChangeStamp: Sendable, Equatable {
    struct FileState: Sendable, Equatable {
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    var files: [FileState?]
}

extension Store {
    /// The directory's stamp now; reading it opens nothing and takes no lock (the kiosk may).
    public func changeStamp() -> ChangeStamp {
        let paths = [boardPath, agenciesPath, contactsPath, casesPath, logPath, auditPath]
        return ChangeStamp(files: paths.map { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return ChangeStamp.FileState(
                inode: UInt64(status.st_ino), size: Int64(status.st_size),
                modifiedSeconds: Int(status.st_mtim.tv_sec), modifiedNanoseconds: Int(status.st_mtim.tv_nsec))
        })
    }
}
