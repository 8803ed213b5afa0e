import Foundation
import Testing

/// Standard output that cannot be written (`> /dev/full`): one line on stderr and exit 2,
/// never a crash; a command that saved says so, so that a script does not save twice.
@Suite("a failed write to standard output is an error, not a crash")
struct OutputFailureTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    @Test("list, show, check and brief into a full disk: exit 2, one line naming standard output")
    func readingCommands() throws {
        for command in ["list cases", "list cases --json", "list contacts", "show MX-2026-0001", "check",
                        "brief MX-2026-0001", "--help"] {
            let run = try EnlaceProcess.shell("exec \"$ENLACE\" \(command) --data '\(data)' > /dev/full")
            #expect(run.status == 2, "\(command)")
            #expect(run.standardError == "enlace: could not write to standard output (the disk is full)\n", "\(command)")
        }
    }

    @Test("a note into a full disk is saved once, and the error says it was saved and as which version")
    func noteSaysSaved() throws {
        let before = try version(of: "MX-2026-0001")
        let run = try EnlaceProcess.shell("exec \"$ENLACE\" note MX-2026-0001 'called FGR' --data '\(data)' > /dev/full")
        #expect(run.status == 2)
        #expect(run.standardError == "enlace: could not write to standard output (the disk is full); the note was saved in MX-2026-0001 as version \(before + 1) (do not run the command again)\n")
        #expect(try version(of: "MX-2026-0001") == before + 1)
        let shown = try EnlaceProcess.run(["show", "MX-2026-0001", "--json", "--data", data])
        #expect(shown.standardOutput.components(separatedBy: "called FGR").count == 2)
    }

    func version(of id: String) throws -> Int {
        let shown = try EnlaceProcess.run(["show", id, "--json", "--data", data])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
        return try #require(object["version"] as? Int)
    }

    @Test("in Spanish too")
    func spanish() throws {
        let run = try EnlaceProcess.shell("exec \"$ENLACE\" check --lang es --data '\(data)' > /dev/full")
        #expect(run.status == 2)
        #expect(run.standardError == "enlace: no se pudo escribir en la salida estándar (el disco está lleno)\n")
    }

    @Test("a reader that goes away (EPIPE) ends the command quietly, SIGPIPE ignored or not")
    func brokenPipeIsQuiet() throws {
        let errors = directory.path + "/stderr"
        for trap in ["", "trap '' PIPE; "] {
            // `true` exits without reading: writes of a long listing meet a closed pipe.
            let run = try EnlaceProcess.shell(
                "\(trap)\"$ENLACE\" list cases --json --data '\(data)' 2>'\(errors)' | true; cat '\(errors)'")
            #expect(run.standardOutput == "", "\(trap)")
        }
    }
}
