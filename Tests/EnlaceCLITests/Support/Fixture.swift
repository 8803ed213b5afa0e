import Foundation
import Testing

/// The repository's Fixtures/ folder, found from this file's place in the tree.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A data directory made from `Fixtures/NAME` plus the registry, in `directory`.
    static func board(_ name: String, in directory: TemporaryDirectory) throws -> String {
        let target = directory.file(name)
        try FileManager.default.copyItem(at: root.appendingPathComponent(name), to: target)
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("registry/agencies.json"), to: target.appendingPathComponent("agencies.json"))
        return target.path
    }

    /// A fresh sample board, as `enlace init --sample` makes it, at `directory/board`.
    static func sampleBoard(in directory: TemporaryDirectory) throws -> String {
        let data = directory.path + "/board"
        let made = try EnlaceProcess.run(["init", "--sample", "--data", data])
        try #require(made.status == 0, "enlace init --sample: \(made.standardError)")
        return data
    }
}
