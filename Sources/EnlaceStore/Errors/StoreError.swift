import EnlaceModel

/// Everything that can go wrong in a data directory, with the data its message needs.
///
/// The words are chosen at the edge (the `enlace` executable, from the catalog); the command line
/// maps `damaged`, `newerSchema`, `notADataDirectory` and `missingFile` to exit code 2, `notEmpty` to 5,
/// `conflict`, `contactInUse` and `lockTimeout` to 3, `notFound`, `deleted`, `duplicateID`, `invalidID` to 1,
/// `notWritable` to 4.
public enum StoreError: Error, Sendable, Equatable {
    /// The directory has no `board.json`: it is not (yet) a data directory.
    case notADataDirectory(path: String)
    /// A file every data directory has (`agencies.json`, `contacts.json`) is missing.
    case missingFile(path: String)
    /// `create` was asked to make a data directory where one already is.
    case alreadyExists(path: String)
    /// `create` was asked to make a data directory in `path`, which has no `board.json` but is
    /// not empty: `found` names what is there (sorted, directories ending in `/`, at most a few).
    /// A board whose `board.json` was lost, another program's files: no board is made over them.
    case notEmpty(path: String, found: [String])
    /// A file that cannot be read as what it should be; the file is left as it is.
    case damaged(path: String, line: Int, column: Int, reason: DamageReason)
    /// `board.json` was written by a newer Enlace; reading it could misread or lose fields.
    case newerSchema(path: String, found: Int, supported: Int)
    /// Someone saved the record since this edit started; nothing was written.
    /// `mine` is the record as this edit would have saved it, `theirs` is the one on disk.
    case conflict(mine: StoredRecord, theirs: StoredRecord)
    /// The lock stayed held longer than the timeout; `login` and `pid` name the holder when known.
    case lockTimeout(path: String, login: String?, pid: Int32?)
    /// A system call failed; the file it was writing is as it was before.
    case io(path: String, operation: FileOperation, errno: Int32)
    /// No case or contact has this id.
    case notFound(id: String)
    /// The case or contact was deleted (the undo of its creation): `user` and `at` say who and when, from
    /// its audit line, when that line can be read. Its id is not given to another case.
    case deleted(id: String, user: String?, at: Timestamp?)
    /// The contact cannot be deleted (the undo of its creation): case `caseID` names it.
    case contactInUse(id: String, caseID: String)
    /// A record with this id exists already (creating, importing).
    case duplicateID(id: String)
    /// The id cannot name a file (`/`, `..`, control characters, empty).
    case invalidID(id: String)
    /// The store was opened read-only (the kiosk); `path` is the data directory.
    case readOnly(path: String)
    /// This user may not write `path` (the data directory, `cases/` or a file in it): `errno` is
    /// EACCES, EPERM or EROFS. Nothing was changed.
    case notWritable(path: String, errno: Int32)
}
