import Foundation
import Testing

/// Fields this version does not know, and keys given twice, through the real binary.
@Suite("unknown fields are kept and duplicate keys refused, end to end")
struct RecordShapeTests {
    let directory: TemporaryDirectory
    var data: String { directory.path + "/board" }

    init() throws {
        directory = try TemporaryDirectory()
        let created = try EnlaceProcess.run(["init", "--sample", "--data", data])
        try #require(created.status == 0, "init --sample failed: \(created.standardError)")
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
}
