import EnlaceStore
import Foundation

/// A sample board in a directory of its own, removed when the test ends.
final class ScratchBoard {
    let directory: URL
    let store: Store

    init(sample: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("enlace-app-\(UUID().uuidString)", isDirectory: true)
        store = try Store.create(at: directory, sample: sample)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Another officer's store on the same directory.
    func otherOfficer(_ login: String = "beto") -> Store {
        Store(directory: directory, mode: .readWrite, user: login)
    }
}
