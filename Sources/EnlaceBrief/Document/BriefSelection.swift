import EnlaceModel

/// Which cases a brief is of: the ids given (in that order), or every case a filter matches
/// (in id order), never both.
public enum BriefSelection {
    /// `ids` looked up on `data` (case-insensitively: `mx-2026-0042` is `MX-2026-0042`), or the
    /// cases `matches` accepts when a filter was given (`matches` non-nil).
    ///
    /// Throws `.idsAndFilter` for both, `.noIDsNorFilter` for neither, `.unknownCase` for the
    /// first id the board lacks, `.noCases` for a filter that matches nothing.
    public static func cases(ids: [String], matches: ((Case) -> Bool)?, in data: BoardData) throws(BriefError) -> [Case] {
        switch (ids.isEmpty, matches) {
        case (false, .some): throw .idsAndFilter
        case (true, .none): throw .noIDsNorFilter
        case let (true, .some(matches)):
            let chosen = data.cases.filter(matches).sorted { $0.id < $1.id }
            guard !chosen.isEmpty else { throw .noCases }
            return chosen
        case (false, .none):
            let byID = Dictionary(data.cases.map { ($0.id.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
            return try ids.map { id throws(BriefError) in
                guard let record = byID[id.uppercased()] else { throw .unknownCase(id: id) }
                return record
            }
        }
    }
}
