import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Damaged data and directories one may not write, through the real binary: one line on
/// stderr that names the file and what to do, its own exit code, and nothing on disk changed.
@Suite("enlace refuses damaged data and unwritable directories honestly")
struct DataRefusalTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    func damage(_ relative: String, with text: String = "{ broken") throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: data + "/" + relative))
    }

    @Test("a refusal is one line with one enlace: prefix")
    func onePrefix() throws {
        let board = try EnlaceProcess.run(["--data", data], environment: ["TERM": "xterm-256color"])
        #expect(board.status == 1)
        #expect(board.standardError == "enlace: standard output is not a terminal, so the board cannot be shown; run enlace in a terminal, or use `enlace list` for scripts\n")
    }

    @Test("list cases with a damaged case file prints the others, names the file, says to run check, exits 2")
    func listNamesDamage() throws {
        try damage("cases/MX-2026-0003.json")
        let list = try EnlaceProcess.run(["list", "cases", "--data", data])
        #expect(list.status == 2)
        #expect(list.standardOutput.contains("MX-2026-0001"))
        #expect(!list.standardOutput.contains("MX-2026-0003"))
        let lines = list.standardError.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("enlace: " + data + "/cases/MX-2026-0003.json:1:3: ") == true)
        #expect(lines.last?.contains("run enlace check") == true)

        let json = try EnlaceProcess.run(["list", "cases", "--json", "--data", data])
        #expect(json.status == 2)
        let cases = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [Any])
        #expect(cases.count == 45)
    }

    @Test("list contacts is not about cases: a damaged case file is a warning there, exit 0")
    func listContactsUnaffected() throws {
        try damage("cases/MX-2026-0003.json")
        #expect(try EnlaceProcess.run(["list", "contacts", "--data", data]).status == 0)
    }

    @Test("show of a damaged case names its file and exits 2; another case shows")
    func showDamaged() throws {
        try damage("cases/MX-2026-0003.json")
        let shown = try EnlaceProcess.run(["show", "MX-2026-0003", "--data", data])
        #expect(shown.status == 2)
        #expect(shown.standardError.split(separator: "\n").count == 1)
        #expect(shown.standardError.hasPrefix("enlace: " + data + "/cases/MX-2026-0003.json:1:3: "))
        #expect(try EnlaceProcess.run(["show", "MX-2026-0001", "--data", data]).status == 0)
    }

    /// `note` says what `list` says about the board, with its exit code, and changes nothing.
    func noteRefusedAsList(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try KioskFiles.snapshot(data)
        let list = try EnlaceProcess.run(["list", "cases", "--data", data])
        let note = try EnlaceProcess.run(["note", "MX-2026-0001", "llamada con FGR", "--data", data])
        #expect(list.status != 0, sourceLocation: sourceLocation)
        #expect(note.status == list.status, sourceLocation: sourceLocation)
        #expect(note.standardError == list.standardError, sourceLocation: sourceLocation)
        #expect(note.standardError.split(separator: "\n").count == 1, sourceLocation: sourceLocation)
        #expect(try KioskFiles.snapshot(data) == before, sourceLocation: sourceLocation)
    }

    @Test("note refuses a damaged board.json as list does; nothing changes, no lock file")
    func noteDamagedBoard() throws {
        try damage("board.json")
        try noteRefusedAsList()
        #expect(!FileManager.default.fileExists(atPath: data + "/.lock"))
    }

    @Test("note refuses a board.json from a newer Enlace as list does")
    func noteNewerSchema() throws {
        try damage("board.json", with: "{\"schemaVersion\": 7, \"name\": \"x\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"defaultLanguage\": \"en\"}\n")
        try noteRefusedAsList()
    }

    @Test("a board that lost its board.json: list and note say so; init, generate and the board's first run make nothing over it")
    func lostBoardFile() throws {
        #expect(try EnlaceProcess.run(["note", "MX-2026-0001", "llamada con FGR", "--data", data]).status == 0)
        try FileManager.default.removeItem(atPath: data + "/board.json")
        try noteRefusedAsList()
        let before = try KioskFiles.snapshot(data)
        let list = try EnlaceProcess.run(["list", "cases", "--data", data])
        #expect(list.status == 2)
        #expect(list.standardError == "enlace: \(data)/board.json is missing: restore it from a copy of the data directory.\n")
        let refusal = "enlace: \(data) is not empty but has no board.json (it holds .lock, agencies.json, audit.jsonl, cases/, contacts.json, log/), so no new board is made in it: if it is a board that lost its board.json, restore that from a copy (`enlace check --data \(data)` says what is there); otherwise choose an empty or new directory with --data.\n"
        for command in [["init", "--sample"], ["init"], ["generate", "--cases", "3"]] {
            let run = try EnlaceProcess.run(command + ["--data", data])
            #expect(run.status == 5, "\(command)")
            #expect(run.standardError == refusal, "\(command)")
        }
        let board = try TmuxSession(command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data)); echo STATUS=$?")
        let screen = try board.waitFor(text: "STATUS=")
        #expect(screen.contains("STATUS=5"))
        #expect(screen.replacingOccurrences(of: "\n", with: "").contains("is not empty but has no board.json"))
        #expect(try KioskFiles.snapshot(data) == before)
    }

    @Test("init refuses a directory without board.json that holds only contacts, or someone else's files; nothing changes")
    func initRefusesOtherFiles() throws {
        for leftover in ["contacts.json", "notes.txt"] {
            let other = directory.path + "/other-\(leftover)"
            try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
            try Data("[]\n".utf8).write(to: URL(fileURLWithPath: other + "/" + leftover))
            let before = try KioskFiles.snapshot(other)
            let run = try EnlaceProcess.run(["init", "--sample", "--data", other, "--lang", "es"])
            #expect(run.status == 5)
            #expect(run.standardError.hasPrefix("enlace: \(other) no está vacío pero no tiene board.json (contiene \(leftover))"))
            #expect(try KioskFiles.snapshot(other) == before)
        }
        let empty = directory.path + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try EnlaceProcess.run(["init", "--data", empty]).status == 0)
    }

    @Test("note on a directory one may not write: exit 4, one line naming it and what to do, nothing changed",
          .enabled(if: UnprivilegedUser.isAvailable, "needs setpriv to run as another user when root"))
    func noteNotWritable() throws {
        try UnprivilegedUser.makeReadable(directory.path)
        let before = try KioskFiles.snapshot(data)
        let note = try UnprivilegedUser.run(["note", "MX-2026-0001", "llamada con FGR", "--data", data])
        #expect(note.status == 4)
        #expect(note.standardError == "enlace: you may not write \(data) (permission denied): ask its owner, or use --data with a directory of your own. Nothing was changed.\n")
        let spanish = try UnprivilegedUser.run(["note", "MX-2026-0001", "llamada", "--data", data, "--lang", "es"])
        #expect(spanish.status == 4)
        #expect(spanish.standardError.hasPrefix("enlace: no puede escribir en \(data) (permiso denegado)"))
        #expect(try KioskFiles.snapshot(data) == before)
        #expect(try UnprivilegedUser.run(["list", "cases", "--data", data]).status == 0)
    }
}

/// Running `enlace` as a user who may not write a root-owned board: as root (as in CI), through
/// `setpriv` as nobody, since root itself may write anywhere; otherwise as this user.
enum UnprivilegedUser {
    static let setpriv = "/usr/bin/setpriv"

    static var isAvailable: Bool { geteuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv) }

    /// Lets others read and enter every directory under `root`, and takes away their writing.
    static func makeReadable(_ root: String) throws {
        chmod(root, 0o755)
        for relative in try FileManager.default.subpathsOfDirectory(atPath: root) {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            chmod(path, isDirectory.boolValue ? 0o555 : 0o444)
        }
        if geteuid() != 0 { chmod(root, 0o555) }
    }

    static func run(_ arguments: [String]) throws -> EnlaceProcess.Outcome {
        guard geteuid() == 0 else { return try EnlaceProcess.run(arguments) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", EnlaceProcess.binary.path] + arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return EnlaceProcess.Outcome(status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self),
                                     standardError: String(decoding: err, as: UTF8.self))
    }
}
