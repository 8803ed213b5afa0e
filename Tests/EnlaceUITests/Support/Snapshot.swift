import Foundation
import Testing
@testable import EnlaceUI

/// Golden-file comparison of a rendered grid: `Snapshots/<name>.txt` beside the tests.
/// `ENLACE_RECORD=1 swift test` writes the files instead of comparing.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["ENLACE_RECORD"] == "1" }

    static func expect(_ grid: CellGrid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = grid.text + "\n"
        let file = directory.appendingPathComponent(name + ".txt")
        if isRecording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            if !FileManager.default.createFile(atPath: file.path, contents: Data(actual.utf8)) {
                Issue.record("could not record \(file.path)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(file.path); run ENLACE_RECORD=1 swift test --filter EnlaceUITests to record it",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("\(name) differs from its golden file \(file.path)\n--- expected\n\(expected)--- actual\n\(actual)",
                         sourceLocation: sourceLocation)
        }
    }
}

/// Applies intents in order, as the run loop would.
func apply(_ intents: [Intent], to state: inout AppState) -> [Effect] {
    intents.flatMap { update(&state, $0) }
}

/// Presses keys through a keymap, as the run loop would.
@discardableResult
func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for key in keys {
        if let intent = state.keymap.intent(for: key, in: state) { effects += update(&state, intent) }
    }
    return effects
}

func type(_ text: String, _ state: inout AppState) {
    press(text.map { Key.character($0) }, &state)
}
