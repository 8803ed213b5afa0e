import EnlaceBrief
import EnlaceModel
import EnlaceText
import Foundation
import Testing

/// The sample and hostile boards of `Fixtures/`, read from the source tree, and the fixed stamp
/// every brief in these tests carries (so golden files do not change with the clock).
enum BriefFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // EnlaceBriefTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package

    static let fixtures = packageRoot.appendingPathComponent("Fixtures")

    static let goldenDirectory = packageRoot.appendingPathComponent("Tests/EnlaceBriefTests/Golden")

    /// The sample board's "today", 14:05 UTC.
    static let generatedAt = Timestamp(iso: "2026-11-29T14:05:00Z") ?? Timestamp(secondsSinceEpoch: 0)

    static func options(_ language: Language, releasable: Bool = false) -> BriefOptions {
        BriefOptions(language: language, releasable: releasable, generatedAt: generatedAt, generatedBy: "dwhitaker")
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ path: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(contentsOf: fixtures.appendingPathComponent(path)))
    }

    static func cases(under folder: String) throws -> [Case] {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { try decode(Case.self, "\(folder)/\($0)") }
    }

    /// The registry with `board`'s board, contacts and cases.
    static func board(_ board: String) throws -> BoardData {
        BoardData(
            board: try decode(Board.self, "\(board)/board.json"),
            registry: AgencyRegistry(try decode([Agency].self, "registry/agencies.json")),
            contacts: try decode([Contact].self, "\(board)/contacts.json"),
            cases: try cases(under: "\(board)/cases"))
    }

    static func sample() throws -> BoardData { try board("sample") }

    static func hostile() throws -> BoardData { try board("hostile") }

    static func records(_ ids: [String], in data: BoardData) throws -> [Case] {
        try ids.map { id in try #require(data.cases.first { $0.id == id }, "no case \(id) in the fixture") }
    }

    /// The brief of `ids` on `data`, rendered.
    static func render(
        _ ids: [String], in data: BoardData, _ format: BriefFormat, _ language: Language, releasable: Bool = false
    ) throws -> String {
        let document = try BriefDocument(cases: records(ids, in: data), data: data, options: options(language, releasable: releasable))
        return try document.rendered(as: format)
    }
}
