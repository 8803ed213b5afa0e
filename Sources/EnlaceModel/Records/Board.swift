/// `board.json`: what a data directory is.
public struct Board: Codable, Sendable, Equatable {
    /// The schema this program reads and writes; a newer file is refused, not misread.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var name: String
    public var createdAt: Timestamp
    /// `en` or `es`.
    public var defaultLanguage: String

    public init(schemaVersion: Int = Board.currentSchemaVersion, name: String, createdAt: Timestamp, defaultLanguage: String = "en") {
        self.schemaVersion = schemaVersion
        self.name = name
        self.createdAt = createdAt
        self.defaultLanguage = defaultLanguage
    }
}
