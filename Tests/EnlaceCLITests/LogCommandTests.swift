import Foundation
import Testing

/// `enlace log` as a script or an officer uses it: the real binary on a sample board.
@Suite("enlace log on the command line")
struct LogCommandTests {
    let directory: TemporaryDirectory
    var data: String { directory.path + "/board" }

    /// The sample board without its log: its contacts and cases, and no entry yet.
    init() throws {
        directory = try TemporaryDirectory()
        let created = try EnlaceProcess.run(["init", "--sample", "--data", data])
        #expect(created.status == 0, "init --sample failed: \(created.standardError)")
        try FileManager.default.removeItem(atPath: data + "/log")
    }

    func log(_ arguments: [String]) throws -> EnlaceProcess.Outcome {
        try EnlaceProcess.run(["log"] + arguments + ["--data", data])
    }

    func entries(_ arguments: [String] = []) throws -> [[String: Any]] {
        let listed = try log(["list", "--json"] + arguments)
        #expect(listed.status == 0, "log list: \(listed.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
    }

    func logDirectory() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: data + "/log")) ?? []).sorted()
    }

    @Test("the sample board comes with a month of log entries that check passes")
    func sampleLog() throws {
        let fresh = directory.path + "/fresh"
        #expect(try EnlaceProcess.run(["init", "--sample", "--data", fresh]).status == 0)
        let listed = try EnlaceProcess.run(["log", "list", "--json", "--data", fresh])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.count >= 8)
        #expect(Set(entries.compactMap { $0["reportState"] as? String }).isSuperset(of: ["confirmed", "overdue", "none"]))
        // Newest first.
        let starts = entries.compactMap { $0["start"] as? String }
        #expect(starts == starts.sorted(by: >))
        #expect(try EnlaceProcess.run(["check", "--data", fresh]).status == 0)
    }

    @Test("a meeting with an official is logged with its agency, and its report is due three days later")
    func addAndList() throws {
        let added = try log(["add", "--kind", "meeting", "--at", "2026-12-01T16:00", "--official", "c-0040",
                             "--case", "MX-2026-0002", "--topic", "Precursor container at Manzanillo",
                             "--follow-up", "Send the manifest", "--officer", "jdoe"])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardOutput.contains("LOG-2026-0001") && added.standardOutput.contains("2026-12-04"))
        let listed = try entries()
        #expect(listed.count == 1)
        let entry = try #require(listed.first)
        #expect(entry["officials"] as? [String] == ["C-0040"])
        #expect(entry["agencies"] as? [String] == ["FGR"])
        #expect(entry["officers"] as? [String] == ["jdoe"])
        #expect(entry["reportDue"] as? String == "2026-12-04")
        #expect(["due", "overdue"].contains(entry["reportState"] as? String))
        #expect(logDirectory() == ["LOG-2026-0001.json"])

        let confirmed = try log(["report", "LOG-2026-0001", "--filed", "2026-12-03", "--ack", "SRE-77"])
        #expect(confirmed.status == 0, "\(confirmed.standardError)")
        #expect(try entries(["--report", "confirmed"]).count == 1)
        #expect(try entries(["--report", "overdue"]).isEmpty)
        #expect(try entries(["--month", "2026-11"]).isEmpty)
        #expect(try entries(["--month", "2026-12", "--official", "C-0040"]).count == 1)
        #expect(try entries(["--filter", "tipo:reunion manzanillo"]).count == 1)
        #expect(try entries(["--filter", "kind:call"]).isEmpty)
        let badQuery = try log(["list", "--filter", "report:someday"])
        #expect(badQuery.status == 1)
        #expect(badQuery.standardError.contains("someday"))

        let shown = try log(["show", "LOG-2026-0001", "--lang", "es"])
        #expect(shown.status == 0)
        #expect(shown.standardOutput.contains("presentado 2026-12-03 · SRE-77"))
        #expect(shown.standardOutput.contains("FGR"))
    }

    @Test("a bad value is refused with the option named, exit 1, and nothing lands on disk",
          arguments: [
              (["--official", "C-9999"], "--official"),
              (["--case", "MX-2026-9999"], "--case"),
              (["--at", "yesterday-ish"], "--at"),
              (["--agency", "XYZ"], "--agency"),
              (["--at", "2026-12-01T16:00", "--end", "2026-12-01T15:00"], "--end"),
              (["--topic", " "], "--topic"),
          ])
    func refused(arguments: [String], option: String) throws {
        let auditBefore = try? Data(contentsOf: URL(fileURLWithPath: data + "/audit.jsonl"))
        let refused = try log(["add", "--kind", "call", "--topic", "A call"] + arguments)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains(option), "\(refused.standardError)")
        #expect(refused.standardError.split(separator: "\n").count == 1)
        #expect(logDirectory().isEmpty)
        #expect((try? Data(contentsOf: URL(fileURLWithPath: data + "/audit.jsonl"))) == auditBefore)
    }

    @Test("an unknown entry is a usage error naming it; a report before the contact is refused")
    func unknownAndEarly() throws {
        let missing = try log(["show", "LOG-2026-0042"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("LOG-2026-0042"))
        _ = try log(["add", "--kind", "call", "--at", "2026-12-01", "--official", "C-0040", "--topic", "A call"])
        let early = try log(["report", "LOG-2026-0001", "--filed", "2026-11-30"])
        #expect(early.status == 1)
        #expect(early.standardError.contains("2026-11-30"))
        #expect(try entries(["--report", "confirmed"]).isEmpty)
    }

    @Test("hostile text in an entry never reaches the terminal raw")
    func hostileText() throws {
        let added = try log(["add", "--kind", "message", "--topic", "Bad\u{1B}]0;owned\u{07} topic", "--summary", "\u{202E}reversed"])
        #expect(added.status == 0, "\(added.standardError)")
        let listed = try log(["list"])
        let shown = try log(["show", "LOG-2026-0001"])
        for output in [listed.standardOutput, shown.standardOutput] {
            #expect(!output.contains("\u{1B}") && !output.contains("\u{07}") && !output.contains("\u{202E}"))
        }
        let json = try log(["list", "--json"]).standardOutput
        #expect(!json.contains("\u{1B}") && json.contains("\\u001b"))
    }

    @Test("a damaged entry file is named, the rest listed, and the listing exits 2")
    func damagedEntry() throws {
        _ = try log(["add", "--kind", "call", "--topic", "A call"])
        _ = try log(["add", "--kind", "call", "--topic", "Another call"])
        try Data("{".utf8).write(to: URL(fileURLWithPath: data + "/log/LOG-2026-0001.json"))
        let listed = try log(["list"])
        #expect(listed.status == 2)
        #expect(listed.standardError.contains("LOG-2026-0001.json"))
        #expect(listed.standardOutput.contains("LOG-2026-0002"))
        let check = try EnlaceProcess.run(["check", "--data", data])
        #expect(check.status == 2)
        #expect(check.standardError.contains("LOG-2026-0001.json") || check.standardOutput.contains("LOG-2026-0001.json"))
    }

    @Test("report contacts writes the month's report as briefs are written: never over a file without --force")
    func monthlyReport() throws {
        let fresh = directory.path + "/fresh"
        #expect(try EnlaceProcess.run(["init", "--sample", "--data", fresh]).status == 0)
        let file = directory.path + "/november.html"
        let written = try EnlaceProcess.run(["report", "contacts", "--month", "2026-11", "-o", file, "--data", fresh])
        #expect(written.status == 0, "\(written.standardError)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Raúl Espinoza Treviño"))
        let again = try EnlaceProcess.run(["report", "contacts", "--month", "2026-11", "-o", file, "--data", fresh])
        #expect(again.status == 1)
        #expect(again.standardError.contains(file))
        #expect(try EnlaceProcess.run(["report", "contacts", "--month", "2026-11", "-o", file, "--force", "--data", fresh]).status == 0)
        let badMonth = try EnlaceProcess.run(["report", "contacts", "--month", "November", "--data", fresh])
        #expect(badMonth.status == 1)
        #expect(badMonth.standardError.contains("--month"))
        let spanish = try EnlaceProcess.run(["report", "contacts", "--month", "2026-11", "--format", "txt", "--lang", "es", "--data", fresh])
        #expect(spanish.standardOutput.contains("Contactos con funcionarios mexicanos, 2026-11"))
    }

    @Test("log import takes JSON Lines all or nothing, naming the first bad line")
    func importLines() throws {
        func line(_ id: String, official: String = "C-0040") -> String {
            #"{"id":"\#(id)","kind":"call","start":"2026-10-02T15:00:00Z","officers":["jdoe"],"officials":["\#(official)"],"topic":"Imported call","marking":"TLP:GREEN","version":1,"createdAt":"2026-10-02T16:00:00Z","createdBy":"jdoe"}"#
        }
        let file = directory.path + "/log.jsonl"
        try (line("LOG-2026-0101") + "\n\n" + line("LOG-2026-0102", official: "C-9999") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try log(["import", file])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("log.jsonl") && refused.standardError.contains("3") && refused.standardError.contains("C-9999"))
        #expect(logDirectory().isEmpty)

        try (line("LOG-2026-0101") + "\n" + line("LOG-2026-0102") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try log(["import", file])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("imported 2 log entries"))
        #expect(logDirectory() == ["LOG-2026-0101.json", "LOG-2026-0102.json"])
        #expect(try entries(["--month", "2026-10"]).count == 2)

        let again = try EnlaceProcess.run(["log", "import", "-", "--data", data], input: Data(line("LOG-2026-0102").utf8))
        #expect(again.status == 2)
        #expect(again.standardError.contains("LOG-2026-0102"))
        #expect(try EnlaceProcess.run(["check", "--data", data]).status == 0)
    }
}
