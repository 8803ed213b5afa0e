import Foundation
import Testing

extension Reliability {
    /// `check` holds the audit log against the versions of the case files: a line removed, a
    /// line twice, a version changed by hand are damage; the one gap a crash leaves (the newest
    /// version without its line) is a warning that says so.
    @Suite("The audit log against the records")
    struct AuditConsistencyTests {
        static let caseID = "MX-2026-0001"

        /// A sample board with three notes on one case (versions 6, 7, 8) and two on another.
        static func board(_ scratch: ScratchDirectory) throws -> String {
            let data = try scratch.sampleBoard()
            for text in ["first", "second", "third"] {
                try #require(try Enlace.run(["note", caseID, text, "--data", data]).succeeded)
            }
            for text in ["elsewhere", "again"] {
                try #require(try Enlace.run(["note", "MX-2026-0002", text, "--data", data]).succeeded)
            }
            return data
        }

        static func auditLines(_ data: String) throws -> [String] {
            try String(contentsOfFile: data + "/audit.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        }

        static func writeAudit(_ data: String, _ lines: [String]) throws {
            try (lines.joined(separator: "\n") + "\n").write(toFile: data + "/audit.jsonl", atomically: false, encoding: .utf8)
        }

        static func setVersion(_ data: String, _ id: String, to version: Int) throws {
            let path = data + "/cases/\(id).json"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let changed = text.replacing(/"version" : \d+/, with: "\"version\" : \(version)")
            try changed.write(toFile: path, atomically: false, encoding: .utf8)
        }

        @Test("a board whose saves all have their lines passes")
        func consistent() throws {
            let scratch = try ScratchDirectory()
            let data = try Self.board(scratch)
            let check = try Enlace.run(["check", "--data", data])
            #expect(check.succeeded && check.standardError.isEmpty, "\(check)")
        }

        @Test("the newest version without its line is the crash window: a warning that says so, exit 0")
        func crashWindow() throws {
            let scratch = try ScratchDirectory()
            let data = try Self.board(scratch)
            try Self.writeAudit(data, Array(try Self.auditLines(data).dropLast()))
            let check = try Enlace.run(["check", "--data", data])
            #expect(check.succeeded, "\(check)")
            #expect(check.standardError.contains("Case MX-2026-0002: version ") && check.standardError.contains("has no audit line. A crash between a save"), "\(check)")
        }

        @Test("a removed middle line, a line twice, a version set by hand: each named, exit 2",
              arguments: ["middle", "twice", "999"])
        func damage(kind: String) throws {
            let scratch = try ScratchDirectory()
            let data = try Self.board(scratch)
            var lines = try Self.auditLines(data)
            let expected: String
            switch kind {
            case "middle":
                lines.remove(at: 1)
                expected = "Case MX-2026-0001: version 7 has no audit line: a line was removed"
            case "twice":
                lines.append(lines[0])
                expected = "Case MX-2026-0001: version 6 is logged more than once (lines 1, 6)"
            default:
                try Self.setVersion(data, Self.caseID, to: 999)
                expected = "Case MX-2026-0001: versions 9 to 999 have no audit line"
            }
            try Self.writeAudit(data, lines)
            let check = try Enlace.run(["check", "--data", data])
            #expect(check.status == 2, "\(kind): \(check)")
            #expect(check.standardError.contains(expected), "\(kind): \(check)")
        }
    }
}
