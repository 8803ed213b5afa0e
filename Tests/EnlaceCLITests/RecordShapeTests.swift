import Foundation
import Testing

/// Fields this version does not know, and keys given twice, through the real binary.
@Suite("unknown fields are kept and duplicate keys refused, end to end")
struct RecordShapeTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    static let importLine = #"{"id":"MX-2026-0900","title":"T","status":"active","priority":"high","marking":"TLP:AMBER","leadAgency":"DEA","opened":"2026-03-02","version":1,"createdAt":"2026-03-02T00:00:00Z","createdBy":"x","xSource":{"system":"ops","n":[1,2.5,12345678901234567890123]}}"#

    func unknownValue(_ id: String) throws -> NSDictionary? {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: data + "/cases/\(id).json"))
        let object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        return object["xSource"] as? NSDictionary
    }

    @Test("an imported unknown field is written to the case file, kept by a note, and check names it as a note, exit 0")
    func importKeepsUnknown() throws {
        let file = directory.path + "/import.jsonl"
        try Data((Self.importLine + "\n").utf8).write(to: URL(fileURLWithPath: file))
        #expect(try EnlaceProcess.run(["import", file, "--data", data]).status == 0)
        let expected: NSDictionary = ["system": "ops", "n": [1, 2.5, Decimal(string: "12345678901234567890123")!]]
        #expect(try unknownValue("MX-2026-0900") == expected)
        #expect(try EnlaceProcess.run(["note", "MX-2026-0900", "called", "--data", data]).status == 0)
        #expect(try unknownValue("MX-2026-0900") == expected)

        let check = try EnlaceProcess.run(["check", "--data", data])
        #expect(check.status == 0)
        #expect(check.standardError == "enlace: note: cases/MX-2026-0900.json: unknown field \"xSource\" kept (this version does not use it; saves write it back)\n")
    }

    func doubleMarking(_ id: String) throws -> (path: String, line: Int) {
        let path = data + "/cases/\(id).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.hasPrefix(#"  "marking" : "#) })
        var doubled = lines.map(String.init)
        doubled[index] = #"  "marking" : "TLP:CLEAR","#
        doubled.insert(#"  "marking" : "TLP:RED","#, at: index + 1)
        try Data(doubled.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return (path, index + 2)
    }

    @Test("a case file with a key twice: check, list and note name the file, line and key, exit 2, and nothing is rewritten")
    func duplicateKeyInCaseFile() throws {
        let (path, line) = try doubleMarking("MX-2026-0001")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let problem = "enlace: \(path):\(line):3: the key \"marking\" is given twice in one object, and programs disagree on which one counts; keep one."
        for command in [["check"], ["list", "cases"], ["show", "MX-2026-0001"], ["note", "MX-2026-0001", "x"]] {
            let run = try EnlaceProcess.run(command + ["--data", data])
            #expect(run.status == 2, "\(command)")
            #expect(run.standardError.hasPrefix(problem), "\(command): \(run.standardError)")
        }
        let brief = try EnlaceProcess.run(["brief", "MX-2026-0001", "--releasable", "--data", data])
        #expect(brief.status != 0)
        #expect(!brief.standardOutput.contains("TLP:CLEAR"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("an import line with a key twice is refused naming the file, line and key; nothing is imported")
    func duplicateKeyInImport() throws {
        let file = directory.path + "/import.jsonl"
        let doubled = Self.importLine.replacingOccurrences(of: #""marking":"TLP:AMBER""#, with: #""marking":"TLP:CLEAR","marking":"TLP:RED""#)
        try Data((Self.importLine.replacingOccurrences(of: "0900", with: "0901") + "\n" + doubled + "\n").utf8)
            .write(to: URL(fileURLWithPath: file))
        let run = try EnlaceProcess.run(["import", file, "--data", data])
        #expect(run.status == 2)
        #expect(run.standardError == "enlace: \(file):2: not a case object: the key \"marking\" is given twice in one object, and programs disagree on which one counts; keep one; nothing was imported\n")
        #expect(!FileManager.default.fileExists(atPath: data + "/cases/MX-2026-0901.json"))
    }

    @Test("an audit line with a key twice is a problem for check, named with its line and key")
    func duplicateKeyInAuditLog() throws {
        #expect(try EnlaceProcess.run(["note", "MX-2026-0002", "called", "--data", data]).status == 0)
        let log = URL(fileURLWithPath: data + "/audit.jsonl")
        let text = try String(contentsOf: log, encoding: .utf8)
        try Data(text.replacingOccurrences(of: #""user":"#, with: #""user":"mallory","user":"#).utf8).write(to: log)
        let check = try EnlaceProcess.run(["check", "--data", data])
        #expect(check.status == 2)
        #expect(check.standardError.contains("audit.jsonl:1:"))
        #expect(check.standardError.contains(#"the key "user" is given twice"#))
    }
}
