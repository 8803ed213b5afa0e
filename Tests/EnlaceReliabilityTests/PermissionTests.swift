import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Reliability {
    /// File modes through the command line, whatever the umask.
    @Suite("File modes")
    struct PermissionTests {
        static func mode(_ path: String) -> mode_t? {
            var status = stat()
            guard lstat(path, &status) == 0 else { return nil }
            return status.st_mode & 0o7777
        }

        /// `enlace arguments…` under `umask 000`: a mode that holds there holds under any umask.
        static func runOpenUmask(_ arguments: [String]) throws -> Enlace.Outcome {
            try Enlace.runProgram(
                "/bin/sh", ["-c", "umask 000; exec \"$0\" \"$@\"", Enlace.binary] + arguments, environment: Enlace.environment())
        }

        /// Every file and directory of the board with its mode.
        static func modes(_ data: String) -> [String: mode_t] {
            var result: [String: mode_t] = [".": mode(data) ?? 0]
            for name in (try? FileManager.default.subpathsOfDirectory(atPath: data)) ?? [] {
                result[name] = mode(data + "/" + name)
            }
            return result
        }

        /// A line for `enlace import`: case MX-2026-0001 of `data` under a new id.
        static func oneCaseLine(from data: String, id: String) throws -> Data {
            let show = try Enlace.run(["show", "MX-2026-0001", "--json", "--data", data])
            var object = try #require(JSONFile.object(Data(show.standardOutput.utf8)))
            object["id"] = id
            object["version"] = 1
            var line = try JSONSerialization.data(withJSONObject: object)
            line.append(UInt8(ascii: "\n"))
            return line
        }

        @Test("a case file of mode 0640 keeps 0640 after a note, and the audit log keeps its mode")
        func modeKeptThroughSave() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let first = try Enlace.run(["note", "MX-2026-0001", "makes the audit log", "--data", data])
            try #require(first.succeeded)
            let casePath = data + "/cases/MX-2026-0001.json"
            chmod(casePath, 0o640)
            chmod(data + "/audit.jsonl", 0o640)
            let saved = try Self.runOpenUmask(["note", "MX-2026-0001", "keeps the mode", "--data", data])
            #expect(saved.succeeded, "\(saved)")
            #expect(Self.mode(casePath) == 0o640)
            #expect(Self.mode(data + "/audit.jsonl") == 0o640)
        }

        @Test("under umask 000, a new board's files are 0600 and its directories 0700: nothing is readable by others")
        func newBoardIsPrivate() throws {
            let scratch = try ScratchDirectory()
            let data = scratch.path + "/board"
            let created = try Self.runOpenUmask(["init", "--sample", "--data", data])
            try #require(created.succeeded, "\(created)")
            let noted = try Self.runOpenUmask(["note", "MX-2026-0001", "makes the audit log", "--data", data])
            try #require(noted.succeeded, "\(noted)")
            let file = scratch.path + "/one.jsonl"
            try Self.oneCaseLine(from: data, id: "MX-2026-0901").write(to: URL(fileURLWithPath: file))
            let imported = try Self.runOpenUmask(["import", file, "--data", data])
            try #require(imported.succeeded, "\(imported)")
            #expect(Self.modes(data)["cases/MX-2026-0901.json"] == 0o600)
            let modes = Self.modes(data)
            #expect(modes["audit.jsonl"] == 0o600)
            #expect(modes[".lock"] == 0o600)
            for (name, mode) in modes {
                let isDirectory = name == "." || name == "cases" || name == "log" || name == ".cache"
                #expect(mode == (isDirectory ? 0o700 : 0o600), "\(name) has mode \(String(mode, radix: 8))")
            }
        }

        @Test("new files follow board.json's group bits but are never readable by others")
        func newFilesFollowTheBoard() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            chmod(data + "/board.json", 0o644)
            let file = scratch.path + "/one.jsonl"
            try Self.oneCaseLine(from: data, id: "MX-2026-0901").write(to: URL(fileURLWithPath: file))
            let imported = try Self.runOpenUmask(["import", file, "--data", data])
            #expect(imported.succeeded, "\(imported)")
            #expect(Self.mode(data + "/cases/MX-2026-0901.json") == 0o640)
            #expect(Self.mode(data + "/audit.jsonl") == 0o640)
            for (name, mode) in Self.modes(data) {
                #expect(mode & 0o007 == 0 || name == "board.json", "\(name) is open to others: \(String(mode, radix: 8))")
            }
        }
    }
}
