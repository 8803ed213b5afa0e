import Foundation
import Testing

extension Reliability {
    /// A torn last audit line is a warning; other damage is reported and kept.
    @Suite("A torn or damaged audit log")
    struct AuditDamageTests {
        /// A board whose audit log has two lines from notes and a last one written by hand, with
        /// accents in it so cuts fall inside multi-byte characters too.
        static func board(_ scratch: ScratchDirectory) throws -> (data: String, log: Data, lastLineStart: Int) {
            let data = try scratch.sampleBoard()
            for text in ["first", "second"] {
                let noted = try Enlace.run(["note", "MX-2026-0001", text, "--data", data])
                try #require(noted.succeeded, "\(noted)")
            }
            let path = data + "/audit.jsonl"
            var log = try Data(contentsOf: URL(fileURLWithPath: path))
            let lastLineStart = log.count
            // An entry `check` finds consistent: MX-2026-0002 at the version its file has, logged
            // after the notes (a line dated before the records' changes would make them unlogged).
            let shown = try Enlace.run(["show", "MX-2026-0002", "--json", "--data", data])
            let version = try #require(JSONFile.object(Data(shown.standardOutput.utf8))?["version"] as? Int)
            let at = ISO8601DateFormatter().string(from: Date())
            log.append(Data(#"{"at":"\#(at)","change":{"title":{"from":"Extradición","to":"Extradición de Núñez"}},"entity":"case","id":"MX-2026-0002","user":"josé.núñez","version":\#(version)}"#.utf8 + [0x0A]))
            try log.write(to: URL(fileURLWithPath: path))
            let check = try Enlace.run(["check", "--data", data])
            try #require(check.succeeded && check.standardError.isEmpty, "the hand-written line is an entry: \(check)")
            return (data, log, lastLineStart)
        }

        @Test("the last audit line cut at every byte: load and check warn once and pass, the file is kept, the next note starts a new line")
        func tornLastLine() throws {
            let scratch = try ScratchDirectory()
            let (data, log, lastLineStart) = try Self.board(scratch)
            let path = data + "/audit.jsonl"
            let lineNumber = log.prefix(lastLineStart).filter { $0 == 0x0A }.count + 1
            // Cutting at the line's first byte leaves a whole log; every later cut tears the line,
            // the last one leaving the entry without its newline.
            let cuts = Array(lastLineStart..<log.count)
            let failures = Failures()
            // Two boards, one per core, each given every other cut of the log.
            let copies = try (0..<2).map { try scratch.copy(data, as: "cuts-\($0)") }
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                for cut in cuts where cut % 2 == worker {
                    do {
                        try Self.expectTolerated(log.prefix(cut), torn: cut > lastLineStart, line: lineNumber, data: copies[worker])
                    } catch {
                        failures.add("cut at \(cut): \(error)")
                    }
                }
            }
            #expect(failures.all.isEmpty, "\(failures.all)")

            // After a torn line the next note starts a line of its own, and check still passes.
            try log.prefix(lastLineStart + 40).write(to: URL(fileURLWithPath: path))
            let noted = try Enlace.run(["note", "MX-2026-0001", "after the tear", "--data", data])
            #expect(noted.succeeded, "\(noted)")
            let after = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(after.prefix(lastLineStart + 40) == log.prefix(lastLineStart + 40), "the torn line was rewritten")
            let lastLine = after.dropFirst(lastLineStart + 41)
            #expect(JSONFile.auditLines(Data(lastLine))?.first?["change"] as? String == "note added")
            let check = try Enlace.run(["check", "--data", data])
            #expect(check.succeeded, "\(check)")
            #expect(check.errorLines.count == 1 && check.standardError.contains("audit.jsonl:\(lineNumber):"), "\(check)")
        }

        /// Runs a load (`list`) and `check` on `data` with `log` as its audit log.
        static func expectTolerated(_ log: Data, torn: Bool, line: Int, data: String) throws {
            let path = data + "/audit.jsonl"
            try log.write(to: URL(fileURLWithPath: path))
            let list = try Enlace.run(["list", "cases", "--data", data])
            let check = try Enlace.run(["check", "--data", data])
            guard list.succeeded, check.succeeded else { throw Unexpected("list: \(list)\ncheck: \(check)") }
            if torn {
                guard list.errorLines.count == 1, list.standardError.contains(path + ": "),
                      list.standardError.contains("cut short") else { throw Unexpected("load: \(list)") }
                guard check.errorLines.count == 1, check.standardError.contains(path + ":\(line): "),
                      check.standardError.contains("cut short") else { throw Unexpected("check: \(check)") }
            } else {
                guard list.standardError.isEmpty, check.standardError.isEmpty else { throw Unexpected("\(list)\n\(check)") }
            }
            guard try Data(contentsOf: URL(fileURLWithPath: path)) == log else { throw Unexpected("the log was changed") }
        }

        @Test("a damaged line in the middle of the audit log: check names its line and exits 2, the log is kept, notes still save")
        func damageInTheMiddle() throws {
            let scratch = try ScratchDirectory()
            let (source, log, _) = try Self.board(scratch)
            var lines = log.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
            let damages: [(String, Data)] = [
                ("garbage", Data("this is not JSON\u{7}".utf8)),
                ("a flipped quote", Data(lines[1].map { $0 == UInt8(ascii: ":") ? UInt8(ascii: "\"") : $0 })),
                ("a wrong type", Data(String(decoding: lines[1], as: UTF8.self).replacingOccurrences(of: #""version":"#, with: #""version":"x","y":"#).utf8)),
                ("an entry missing a field", Data(#"{"at":"2026-03-09T15:00:00Z","entity":"case"}"#.utf8)),
            ]
            for (what, damaged) in damages {
                let data = try scratch.copy(source, as: what.replacingOccurrences(of: " ", with: "-"))
                lines[1] = damaged
                let broken = lines.reduce(into: Data()) { $0.append($1); $0.append(0x0A) }.dropLast()
                let path = data + "/audit.jsonl"
                try Data(broken).write(to: URL(fileURLWithPath: path))

                let check = try Enlace.run(["check", "--data", data])
                #expect(check.status == 2, "\(what): \(check)")
                #expect(check.standardError.contains(path + ":2:"), "\(what): \(check)")
                let list = try Enlace.run(["list", "cases", "--data", data])
                #expect(list.succeeded && list.standardError.isEmpty, "\(what): a load does not read the whole log: \(list)")
                let noted = try Enlace.run(["note", "MX-2026-0001", "still saves", "--data", data])
                #expect(noted.succeeded, "\(what): \(noted)")
                let after = try Data(contentsOf: URL(fileURLWithPath: path))
                #expect(after.prefix(broken.count) == Data(broken), "\(what): the damaged log was rewritten")
            }
        }
    }
}

/// A message for a check that runs off the test's thread.
struct Unexpected: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Failures collected from several threads.
final class Failures: @unchecked Sendable {
    private var messages: [String] = []
    private let lock = NSLock()

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}
