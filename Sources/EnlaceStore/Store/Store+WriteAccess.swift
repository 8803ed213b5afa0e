import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    /// Why this process cannot change the data directory, or nil when it can: the store is
    /// read-only (`.readOnly`), or the directory, `cases/` or `audit.jsonl` may not be written
    /// by this user (`.notWritable`, from `access(2)`: as root, only a read-only mount).
    ///
    /// The board asks once when it opens, to say READ-ONLY and refuse edits up front; every
    /// write asks again before it touches anything.
    public func writeRefusal() -> StoreError? {
        if mode == .readOnly { return .readOnly(path: path) }
        // A save makes temp files and `.lock` in the directory and in `cases/`, and appends to
        // the audit log; the files it replaces need only their directory's permission.
        for (target, mustExist) in [(path, true), (casesPath, false), (auditPath, false)] {
            if !mustExist && !files.exists(target) { continue }
            if files.calls.access(target, W_OK) != 0 {
                let failure = errno
                if Store.deniesWriting(failure) { return .notWritable(path: target, errno: failure) }
            }
        }
        return nil
    }

    /// The checks before any write: a board that `load()` refuses (no or damaged `board.json`,
    /// a newer schema) is refused for writing too, with the same error, and before anything
    /// is created (not even `.lock`); then `writeRefusal()`.
    func requireWritable() throws(StoreError) {
        if mode == .readOnly { throw .readOnly(path: path) }
        _ = try loadBoard()
        if let refusal = writeRefusal() { throw refusal }
    }

    /// EACCES, EPERM, EROFS: the user may not write here, which no retry changes.
    static func deniesWriting(_ code: Int32) -> Bool {
        code == EACCES || code == EPERM || code == EROFS
    }
}
