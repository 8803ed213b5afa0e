import EnlaceModel

/// The stamps of the case files a load read, by case id. A file changed too shortly before
/// its load to trust its stamp has none here, so the next reload reads it again.
struct CaseFileStamps: Sendable, Equatable {
    var byID: [String: FileStamp] = [:]
}

/// The cases of an earlier load that a reload may take without reading their files again.
struct KeptCases {
    private var stamps: [String: FileStamp] = [:]
    private var recordByID: [String: Case] = [:]

    init() {}

    init(_ previous: LoadResult) {
        stamps = previous.caseStamps.byID
        recordByID.reserveCapacity(stamps.count)
        for record in previous.data.cases where stamps[record.id] != nil { recordByID[record.id] = record }
    }

    /// The earlier case with this id, if its file still has the stamp it had when it was read.
    func record(_ id: String, stamp: FileStamp) -> Case? {
        guard stamps[id] == stamp else { return nil }
        return recordByID[id]
    }
}
