import EnlaceModel
import Foundation

extension Store {
    /// The agency registry this program carries (`Fixtures/registry/agencies.json`), the one
    /// `create` writes into a new data directory: for tools that make cases without a board.
    public static func embeddedRegistry() throws(StoreError) -> AgencyRegistry {
        let path = "registry/agencies.json"
        guard let file = EmbeddedFixtures.files.first(where: { $0.path == path }) else {
            throw .missingFile(path: "Fixtures/" + path)
        }
        switch RecordList<Agency>.decode(from: Data(file.contents.utf8), key: "agencies", path: "Fixtures/" + path) {
        case .success(let list): return AgencyRegistry(list.records)
        case .failure(let problem): throw problem.error
        }
    }
}
