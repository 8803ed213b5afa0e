import EnlaceStore
import EnlaceText
import EnlaceUI

/// What the board is told about its data directory beyond the records: the case files a load
/// left out, and whether this user may write there at all.
enum BoardDataAccess {
    /// Each damaged case file with the line `enlace check` prints for it, in both languages.
    static func damagedFiles(_ problems: [DataProblem]) -> [DamagedCaseFile] {
        problems.map { problem in
            DamagedCaseFile(path: problem.path, english: problem.error.message(.en), spanish: problem.error.message(.es))
        }
    }

    /// Why this board may not change its data, asked once as it opens: edits are then refused
    /// up front with the reason, instead of each save failing.
    static func writeRefusal(_ store: Store) -> DisabledReason? {
        switch store.writeRefusal() {
        case .notWritable(let path, _)?: .notWritable(path: path)
        case .some: .readOnly
        case nil: nil
        }
    }
}
