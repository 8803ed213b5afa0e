import Foundation
import Testing

/// The command line as a script or an officer uses it: the real binary, a real data directory.
@Suite("enlace on the command line")
struct CommandLineTests {
    let directory: TemporaryDirectory
    var data: String { directory.path + "/board" }

    init() throws {
        directory = try TemporaryDirectory()
    }

    func initSample() throws {
        let created = try EnlaceProcess.run(["init", "--sample", "--data", data])
        #expect(created.status == 0, "init --sample failed: \(created.standardError)")
    }

    func listCases(_ filter: String? = nil) throws -> [[String: Any]] {
        let outcome = try EnlaceProcess.run(["list", "cases", "--json", "--data", data] + (filter.map { ["--filter=\($0)"] } ?? []))
        #expect(outcome.status == 0, "list failed: \(outcome.standardError)")
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        return try #require(parsed as? [[String: Any]])
    }

    @Test("init --sample makes a board that check passes")
    func initThenCheck() throws {
        try initSample()
        let check = try EnlaceProcess.run(["check", "--data", data])
        #expect(check.status == 0, "check: \(check.standardError)")
        #expect(check.standardOutput.contains("ok"))
        #expect(try listCases().count >= 40)
    }

    @Test("init refuses a directory that is a board already, and changes nothing")
    func initTwice() throws {
        try initSample()
        let before = try Data(contentsOf: URL(fileURLWithPath: data + "/board.json"))
        let again = try EnlaceProcess.run(["init", "--sample", "--data", data])
        #expect(again.status != 0)
        #expect(again.standardError.contains(data))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/board.json")) == before)
    }

    @Test("--filter narrows the list to the cases that match")
    func filterFindsWhatItShould() throws {
        try initSample()
        let all = try listCases()
        let dea = try listCases("lead:DEA")
        #expect(!dea.isEmpty)
        #expect(dea.allSatisfy { $0["leadAgency"] as? String == "DEA" })
        #expect(dea.count == all.filter { $0["leadAgency"] as? String == "DEA" }.count)

        let notDEA = try listCases("-lead:DEA")
        #expect(notDEA.count == all.count - dea.count)
    }

    @Test("an accent-free word finds the accented text")
    func accentInsensitiveFilter() throws {
        try initSample()
        let all = try listCases()
        let withFiscalia = all.filter { ($0["title"] as? String ?? "").contains("Fiscalía") || ($0["summary"] as? String ?? "").contains("Fiscalía") }
        let found = try listCases("fiscalia")
        #expect(found.count >= withFiscalia.count)
        #expect(!found.isEmpty)
    }

    @Test("a malformed filter exits 1 and says what is wrong")
    func malformedFilter() throws {
        try initSample()
        let outcome = try EnlaceProcess.run(["list", "cases", "--filter", "status:opne", "--data", data])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("opne"))
        #expect(outcome.standardError.contains("waiting"), "the error lists the valid statuses")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test("plain output is aligned columns and never carries a control character")
    func plainOutput() throws {
        try initSample()
        let outcome = try EnlaceProcess.run(["list", "cases", "--data", data])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(!outcome.standardOutput.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("show prints one case, and --json the record with its field names")
    func show() throws {
        try initSample()
        let id = try #require(try listCases().first?["id"] as? String)
        let plain = try EnlaceProcess.run(["show", id, "--data", data])
        #expect(plain.status == 0)
        #expect(plain.standardOutput.hasPrefix(id))
        let json = try EnlaceProcess.run(["show", id, "--json", "--data", data])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        for field in ["id", "title", "summary", "status", "priority", "marking", "releasableToMexico", "leadAgency",
                      "agencies", "contacts", "tags", "region", "post", "opened", "links", "notes", "version",
                      "createdAt", "createdBy", "updatedAt", "updatedBy"] {
            #expect(record[field] != nil, "missing \(field)")
        }
    }

    @Test("an unknown case id exits 1 naming the id")
    func unknownID() throws {
        try initSample()
        let outcome = try EnlaceProcess.run(["show", "MX-1999-9999", "--data", data])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("MX-1999-9999"))
    }

    @Test("note appends to the case file and the audit log")
    func note() throws {
        try initSample()
        let id = try #require(try listCases().first?["id"] as? String)
        let outcome = try EnlaceProcess.run(["note", id, "Llamada con la Fiscalía: acuerdo para el lunes", "--data", data])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let shown = try EnlaceProcess.run(["show", id, "--json", "--data", data])
        #expect(shown.standardOutput.contains("Llamada con la Fiscalía"))
        let audit = try String(contentsOfFile: data + "/audit.jsonl", encoding: .utf8)
        #expect(audit.split(separator: "\n").filter { $0.contains(id) }.count == 1)
    }

    @Test("import of a file with a bad line 7 names line 7 and imports nothing")
    func importAllOrNothing() throws {
        try initSample()
        let before = try listCases().count
        var lines: [String] = []
        for number in 1...10 {
            let id = String(format: "MX-2025-%04d", 9000 + number)
            lines.append(number == 7
                ? #"{"id": "\#(id)", "title": "broken", "status": "opne"}"#
                : #"{"id":"\#(id)","title":"Importado \#(number)","status":"active","priority":"high","marking":"TLP:GREEN","leadAgency":"DEA","opened":"2025-03-01","version":1,"createdAt":"2025-03-01T10:00:00Z","createdBy":"importer"}"#)
        }
        let file = directory.file("cases.jsonl")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let outcome = try EnlaceProcess.run(["import", file.path, "--data", data])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains(":7:"), "names line 7: \(outcome.standardError)")
        #expect(try listCases().count == before)

        lines[6] = lines[7].replacingOccurrences(of: "9008", with: "9007")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let fixed = try EnlaceProcess.run(["import", file.path, "--data", data])
        #expect(fixed.status == 0, "\(fixed.standardError)")
        #expect(try listCases().count == before + 10)
    }

    @Test("bad usage exits 1 with one line")
    func badUsage() throws {
        let outcome = try EnlaceProcess.run(["list", "things", "--data", data])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test("a command on a directory that is no board says how to make one")
    func noBoard() throws {
        let outcome = try EnlaceProcess.run(["list", "cases", "--data", directory.path + "/nothing"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("enlace init"))
    }

    @Test("ENLACE_DATA is used when --data is absent")
    func environmentVariable() throws {
        try initSample()
        let outcome = try EnlaceProcess.run(["check"], environment: ["ENLACE_DATA": data])
        #expect(outcome.status == 0, "\(outcome.standardError)")
    }
}
