import EnlaceModel
import Foundation

/// An edit the board could not finish (a signal ended it) is kept as a draft, one per login,
/// in `.drafts/<login>.json` (hidden: it is no record of the board); the next board of that
/// login offers to restore it. The draft is opaque here: the board encodes it.
extension Store {
    var draftsPath: String { path + "/.drafts" }
    var draftPath: String { draftsPath + "/" + Store.fileSafe(user) + ".json" }

    /// Keeps `data` as this login's draft, written atomically like every record.
    public func saveDraft(_ data: Data) throws(StoreError) {
        try requireWritable()
        try files.makeDirectory(draftsPath, mode: newDirectoryMode)
        try write(data, to: draftPath)
    }

    /// This login's draft, if one was kept.
    public func loadDraft() -> Data? {
        guard mode == .readWrite else { return nil }
        return try? files.readIfPresent(draftPath)
    }

    /// Forgets this login's draft (restored or declined).
    public func removeDraft() {
        guard mode == .readWrite, files.exists(draftPath) else { return }
        try? files.remove(draftPath)
    }

    /// A login as a file name: anything but letters, digits, `-`, `_` and `.` becomes `_`.
    static func fileSafe(_ login: String) -> String {
        let safe = String(login.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
        return safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
    }
}
