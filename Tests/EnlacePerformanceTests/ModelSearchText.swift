import EnlaceModel
@testable import EnlaceModel

/// The model's own searchable text of a case, reached through `@testable` for the agreement test.
enum ModelSearchText {
    static func of(_ record: Case) -> [UInt8] { SearchableText.of(record) }
}
