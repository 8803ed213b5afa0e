import Foundation
import Testing

/// Text from data files and from arguments reaches standard output and standard error only in
/// forms a terminal cannot act on: `--json` writes C1 controls, bidi overrides and zero-width
/// characters as `\uXXXX`, and an error quoting an argument shows its controls as placeholders.
@Suite("Hostile text in --json output and in error messages")
struct OutputEscapingTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.board("hostile", in: directory)
        // A C1 control (CSI, which some terminals act on as ESC [) and a bidi override in a title.
        let file = data + "/cases/MX-2026-0801.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"title\": \"Routine meeting", with: "\"title\": \"Routine\\u009b2J \\u202emeeting")
            .write(toFile: file, atomically: true, encoding: .utf8)
    }

    static func unsafeScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x200B...0x200F).contains($0.value)
                || (0x2028...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    @Test("show --json and list --json escape C1 controls, bidi overrides and zero-width characters, and still decode to the data")
    func jsonEscapes() throws {
        for arguments in [["show", "MX-2026-0801", "--json"], ["list", "cases", "--json"]] {
            let outcome = try EnlaceProcess.run(arguments + ["--data", data])
            #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
            #expect(Self.unsafeScalars(outcome.standardOutput).isEmpty, "\(arguments) wrote \(Self.unsafeScalars(outcome.standardOutput))")
            #expect(outcome.standardOutput.contains("\\u009b") && outcome.standardOutput.contains("\\u202e"))
        }
        let shown = try EnlaceProcess.run(["show", "MX-2026-0801", "--json", "--data", data])
        let record = try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any]
        #expect((record?["title"] as? String)?.hasPrefix("Routine\u{9B}2J \u{202E}meeting") == true)
        #expect(record?["region"] as? String == "Sinaloa\u{202E}")
    }

    @Test("an error that quotes an argument shows its escape sequences as placeholders")
    func errorsQuoteSafely() throws {
        let outcome = try EnlaceProcess.run(["show", "MX\u{1B}]2;PWN\u{07}\u{9B}31m", "--data", data])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.hasPrefix("enlace: "))
        #expect(outcome.standardError.contains("PWN"), "the argument is still named: \(outcome.standardError)")
        #expect(Self.unsafeScalars(outcome.standardError).isEmpty, "raw controls on stderr: \(Self.unsafeScalars(outcome.standardError))")
    }
}
