import Foundation
import Testing

/// `--lock-timeout` is a real wait or a usage error: `inf` would hang a script, `nan` and `0`
/// gave up at once.
@Suite("--lock-timeout")
struct LockTimeoutOptionTests {
    @Test("a wait that is not a positive number of seconds up to an hour is a one-line usage error, and nothing is saved",
          arguments: ["inf", "nan", "0", "-1", "3601"])
    func refused(value: String) throws {
        let directory = try TemporaryDirectory()
        let data = try Fixture.sampleBoard(in: directory)
        let before = try EnlaceProcess.run(["show", "MX-2026-0001", "--json", "--data", data]).standardOutput
        let note = try EnlaceProcess.run(["note", "MX-2026-0001", "never saved", "--lock-timeout=" + value, "--data", data])
        #expect(note.status == 1, "\(value): \(note.standardError)")
        #expect(note.standardError.split(separator: "\n").count == 1)
        #expect(note.standardError.contains("--lock-timeout: the value must be positive; give a number of seconds greater than 0"), "\(note.standardError)")
        #expect(try EnlaceProcess.run(["show", "MX-2026-0001", "--json", "--data", data]).standardOutput == before)
    }
}
