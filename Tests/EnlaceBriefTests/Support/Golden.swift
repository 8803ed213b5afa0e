import Foundation
import Testing

/// Golden files beside the tests: compared byte for byte; `ENLACE_RECORD=1 swift test`
/// re-records them, and the diff in review is the change users see.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["ENLACE_RECORD"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = BriefFixture.goldenDirectory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: BriefFixture.goldenDirectory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(decoding: Data(contentsOf: url), as: UTF8.self) else {
            Issue.record("no golden file \(name): run ENLACE_RECORD=1 swift test --filter EnlaceBriefTests", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? String(actualLines[line]) : "(end)"
        let wanted = line < expectedLines.count ? String(expectedLines[line]) : "(end)"
        Issue.record(
            "\(name) differs at line \(line + 1):\n  got:    \(got.debugDescription)\n  wanted: \(wanted.debugDescription)",
            sourceLocation: sourceLocation)
    }
}
