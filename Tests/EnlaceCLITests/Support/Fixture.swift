import Foundation

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
}
