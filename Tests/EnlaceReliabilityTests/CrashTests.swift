import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Reliability {
    /// A save killed at any of its system calls.
    @Suite("A save killed at any point")
    struct CrashTests {
        static let caseID = "MX-2026-0001"

        static func note(_ data: String, _ text: String) -> [String] {
            ["note", caseID, text, "--data", data]
        }

        @Test(
            "a note killed at each system call of its save leaves every file the old version or the new; the next load removes the temp file",
            .enabled(if: Strace.isAvailable, "strace is not installed: crashes cannot be injected at a system call"))
        func crashAtEverySaveCall() throws {
            let scratch = try ScratchDirectory()
            let pristine = try scratch.sampleBoard()
            // A board in use has an audit log; the crash must not eat it.
            let first = try Enlace.run(Self.note(pristine, "before the crash"))
            try #require(first.succeeded, "\(first)")
            let before = BoardSnapshot(pristine)

            // A clean traced run says which calls the save makes; the save begins at the lock.
            let clean = try scratch.copy(pristine, as: "clean")
            let calls = try Strace.calls(of: Self.note(clean, "clean run"), log: URL(fileURLWithPath: scratch.path + "/clean.log"))
            let points = try Strace.savePoints(calls)
            let names = Set(points.map(\.name))
            #expect(names.contains { $0.hasPrefix("open") } && names.contains("write") && names.contains("fsync")
                    && names.contains { $0.hasPrefix("rename") }, "the save's calls: \(points.map(\.text))")

            for point in points {
                let data = try scratch.copy(pristine, as: "crash-\(point.name)-\(point.when)")
                let text = "crash at \(point.name) #\(point.when)"
                let crashed = try Enlace.runTraced(
                    ["-f", "-o", "/dev/null", "-e", "trace=\(point.name)",
                     "-e", "inject=\(point.name):signal=SIGKILL:when=\(point.when)"],
                    Self.note(data, text))
                #expect(crashed.signal == SIGKILL, "not killed at \(point.text): \(crashed)")

                let after = BoardSnapshot(data)
                Self.expectOldOrNew(before: before, after: after, noteText: text, at: point.text)

                // The next load reads every file and removes what the killed writer left.
                let list = try Enlace.run(["list", "cases", "--json", "--data", data])
                #expect(list.succeeded && list.standardError.isEmpty, "load after a crash at \(point.text): \(list)")
                #expect(JSONFile.array(Data(list.standardOutput.utf8))?.count == before.caseCount)
                #expect(BoardSnapshot(data).tempFiles.isEmpty, "temp files after the load: \(BoardSnapshot(data).tempFiles)")
                let check = try Enlace.run(["check", "--data", data])
                #expect(check.succeeded, "check after a crash at \(point.text): \(check)")
                // And the next writer saves as if nothing had happened.
                let next = try Enlace.run(Self.note(data, "after the crash"))
                #expect(next.succeeded, "a save after a crash at \(point.text): \(next)")
                _ = try Enlace.runProgram("/bin/rm", ["-rf", data], environment: Enlace.environment())
            }
        }

        /// Every file is as it was, or (the case file and the audit log only) exactly the version
        /// the note would have written; nothing else but temp files appeared.
        static func expectOldOrNew(before: BoardSnapshot, after: BoardSnapshot, noteText: String, at point: String) {
            let casePath = "cases/\(caseID).json"
            let appeared = Set(after.withoutTemps.files.keys).symmetricDifference(before.files.keys)
            #expect(appeared.isEmpty, "files appeared or vanished after a crash at \(point): \(appeared.sorted())")
            var caseIsNew = false
            var auditIsNew = false
            for (name, old) in before.files {
                guard let now = after.files[name] else { continue }
                if now == old { continue }
                switch name {
                case casePath:
                    caseIsNew = isCaseWithNote(old: old, new: now, text: noteText)
                    #expect(caseIsNew, "\(name) is neither the old nor the new version after a crash at \(point)")
                case "audit.jsonl":
                    auditIsNew = isAuditWithLine(old: old, new: now, version: caseVersion(before.files[casePath]).map { $0 + 1 })
                    #expect(auditIsNew, "audit.jsonl is neither the old nor the new version after a crash at \(point)")
                default:
                    Issue.record("\(name) changed after a crash at \(point)")
                }
            }
            // The audit line is written after the case: it never tells of a change that is not there.
            #expect(!auditIsNew || caseIsNew, "an audit line without its change after a crash at \(point)")
        }

        static func caseVersion(_ data: Data?) -> Int? {
            data.flatMap(JSONFile.object)?["version"] as? Int
        }

        static func isCaseWithNote(old: Data, new: Data, text: String) -> Bool {
            guard var before = JSONFile.object(old), var after = JSONFile.object(new),
                  let oldNotes = before["notes"] as? [[String: Any]], let newNotes = after["notes"] as? [[String: Any]],
                  let oldVersion = before["version"] as? Int, after["version"] as? Int == oldVersion + 1,
                  newNotes.count == oldNotes.count + 1, newNotes.last?["text"] as? String == text,
                  JSONFile.same(Array(newNotes.dropLast()), oldNotes)
            else { return false }
            for key in ["notes", "version", "updatedAt", "updatedBy"] {
                before[key] = nil
                after[key] = nil
            }
            return JSONFile.same(before, after)
        }

        static func isAuditWithLine(old: Data, new: Data, version: Int?) -> Bool {
            guard new.count > old.count, new.prefix(old.count) == old, new.last == UInt8(ascii: "\n") else { return false }
            let added = new.dropFirst(old.count)
            guard let lines = JSONFile.auditLines(Data(added)), lines.count == 1, let line = lines.first else { return false }
            return line["id"] as? String == caseID && line["version"] as? Int == version
                && line["change"] as? String == "note added"
        }
    }
}

extension BoardSnapshot {
    var caseCount: Int { files.keys.filter { $0.hasPrefix("cases/") && !Self.isTemp($0) }.count }
}
