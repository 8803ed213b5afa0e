import Foundation
@testable import enlace
import Testing

/// Shell completion of case ids, contact ids and agency codes from the data directory.
@Suite("Completion from the data directory")
struct CompletionTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    var words: [String] { ["enlace", "show", "--data", data] }

    @Test("case ids come from the names under cases/, whatever the case typed; a deleted case's tombstone is not one")
    func caseIDs() throws {
        try Data("{}".utf8).write(to: URL(fileURLWithPath: data + "/cases/.MX-2026-0099.json.deleted"))
        #expect(DataCompletion.caseIDs(words: words, prefix: "mx-2026-000") == (1...9).map { "MX-2026-000\($0)" })
        let all = DataCompletion.caseIDs(words: words, prefix: "")
        #expect(all.count == 46)
        #expect(!all.contains("MX-2026-0099"))
        #expect(DataCompletion.caseIDs(words: ["enlace", "show", "--data=" + data], prefix: "MX-2026-004") ==
                (0...6).map { "MX-2026-004\($0)" })
    }

    @Test("contact ids and agency codes come from contacts.json and agencies.json")
    func contactsAndAgencies() {
        #expect(DataCompletion.contactIDs(words: words, prefix: "C-000") == (1...9).map { "C-000\($0)" })
        #expect(DataCompletion.agencyCodes(words: words, prefix: "f") == ["FBI", "FGR"])
    }

    @Test("a --filter completes field names, and agency codes after agency: or lead:, in a list too")
    func filterTerms() {
        #expect(DataCompletion.filterTerms(words: words, prefix: "sta") == ["status:"])
        #expect(DataCompletion.filterTerms(words: words, prefix: "-ov") == ["-overdue"])
        #expect(DataCompletion.filterTerms(words: words, prefix: "lead:F") == ["lead:FBI", "lead:FGR"])
        #expect(DataCompletion.filterTerms(words: words, prefix: "agency:DEA,FG") == ["agency:DEA,FGR"])
        #expect(DataCompletion.filterTerms(words: words, prefix: "status:") == [])
    }

    @Test("a directory that is not a board completes to nothing")
    func noBoard() {
        let missing = ["enlace", "show", "--data", directory.path + "/missing"]
        #expect(DataCompletion.caseIDs(words: missing, prefix: "") == [])
        #expect(DataCompletion.agencyCodes(words: missing, prefix: "") == [])
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/missing"))
    }

    @Test("completing through the binary, as the shell scripts ask, prints the ids and writes nothing")
    func throughTheBinary() throws {
        let before = try KioskFiles.snapshot(data)
        let outcome = try EnlaceProcess.run(
            ["---completion", "show", "--", "positional@0", "4", "11", "enlace", "show", "--data", data, "MX-2026-000"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput == (1...9).map { "MX-2026-000\($0)\n" }.joined())
        #expect(try KioskFiles.snapshot(data) == before)
    }

    @Test("bash completes a case id with the script --generate-completion-script writes",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func bashCompletes() throws {
        let script = try EnlaceProcess.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        #expect(script.standardOutput.hasPrefix("#!/bin/bash"))
        let file = directory.file("enlace.bash")
        try Data(script.standardOutput.utf8).write(to: file)
        let line = "enlace show --data \(data) MX-2026-004"
        let outcome = try EnlaceProcess.shell("""
            PATH="$(dirname "$ENLACE"):$PATH" bash -c '
            source "\(file.path)"
            COMP_LINE="\(line)"; COMP_POINT=${#COMP_LINE}
            COMP_WORDS=(enlace show --data "\(data)" MX-2026-004); COMP_CWORD=4
            _enlace; printf "%s\\n" "${COMPREPLY[@]}"'
            """)
        #expect(outcome.standardOutput.split(separator: "\n").map(String.init) == (0...6).map { "MX-2026-004\($0)" },
                "\(outcome.standardError)")
    }
}
