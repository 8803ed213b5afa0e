import Foundation
import Testing

extension Reliability {
    /// Several officers' saves at once, through the command line, with
    /// readers loading all the while.
    @Suite("Several writers and readers at once")
    struct ConcurrentWritersTests {
        static let writers = 8
        /// 250 changes each with `ENLACE_STRESS=1` (RELIABILITY.md has its timing); 60 by default,
        /// so the suite stays within a couple of minutes on a loaded two-core machine.
        static let changesPerWriter = ProcessInfo.processInfo.environment["ENLACE_STRESS"] == "1" ? 250 : 60
        static let caseIDs = ["MX-2026-0001", "MX-2026-0002", "MX-2026-0003"]

        /// Each writer notes "w<writer> n<i>" on the cases in turn; a failed note is logged, not retried.
        static let writerScript = """
            i=1
            while [ "$i" -le "$N" ]; do
              c=$(( (W + i) % 3 + 1 ))
              if ! "$ENLACE" note "MX-2026-000$c" "w$W n$i" --lock-timeout 300 --data "$DATA" >/dev/null 2>>"$LOG"; then
                echo "w$W n$i failed" >> "$LOG"
              fi
              i=$((i + 1))
            done
            """

        /// Each reader loads (list) and checks until told to stop; any exit code but 0, and
        /// anything at all on stderr, is logged.
        static let readerScript = """
            n=0
            while [ ! -e "$STOP" ]; do
              "$ENLACE" list cases --json --data "$DATA" >/dev/null 2>>"$LOG" || echo "list exited $?" >> "$LOG"
              "$ENLACE" check --data "$DATA" >/dev/null 2>>"$LOG" || echo "check exited $?" >> "$LOG"
              n=$((n + 1))
            done
            echo "$n" > "$COUNT"
            """

        @Test("8 writers noting the same 3 cases while 2 readers load: every note is there once, one audit line each, no reader sees damage")
        func writersAndReaders() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let versionsBefore = try Dictionary(uniqueKeysWithValues: Self.caseIDs.map { id in
                (id, try #require(Self.caseObject(data, id)?["version"] as? Int))
            })
            let logs = scratch.path + "/logs"
            try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
            let stop = logs + "/stop"
            let environment = { (extra: [String: String]) in
                Enlace.environment(["ENLACE": Enlace.binary, "DATA": data, "STOP": stop].merging(extra) { $1 })
            }

            let started = ContinuousClock.now
            let readers = try (0..<2).map { reader in
                try ChildProcess("/bin/sh", ["-c", Self.readerScript], environment: environment(
                    ["LOG": logs + "/reader-\(reader).log", "COUNT": logs + "/reader-\(reader).count"]))
            }
            let writers = try (0..<Self.writers).map { writer in
                try ChildProcess("/bin/sh", ["-c", Self.writerScript], environment: environment(
                    ["W": "\(writer)", "N": "\(Self.changesPerWriter)", "LOG": logs + "/writer-\(writer).log"]))
            }
            defer { (writers + readers).forEach { $0.stop() } }
            let limit: Duration = Self.changesPerWriter > 100 ? .seconds(3600) : .seconds(900)
            for writer in writers { #expect(writer.waitForExit(within: limit), "a writer is still running after \(limit)") }
            let elapsed = ContinuousClock.now - started
            FileManager.default.createFile(atPath: stop, contents: nil)
            for reader in readers { #expect(reader.waitForExit(within: .seconds(120)), "a reader did not stop") }
            print("Several writers: \(Self.writers)×\(Self.changesPerWriter) notes with 2 readers took \(elapsed)")

            // Nobody failed, and no reader saw anything amiss.
            for name in try FileManager.default.contentsOfDirectory(atPath: logs) where name.hasSuffix(".log") {
                let text = try String(contentsOfFile: logs + "/" + name, encoding: .utf8)
                #expect(text.isEmpty, "\(name): \(text.prefix(2000))")
            }
            for reader in 0..<2 {
                let count = Int((try? String(contentsOfFile: logs + "/reader-\(reader).count", encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
                #expect(count >= 3, "reader \(reader) loaded only \(count) times while the writers wrote")
            }

            // Every note is there exactly once, and each case's version counts its notes.
            var expected: Set<String> = []
            for writer in 0..<Self.writers {
                for change in 1...Self.changesPerWriter { expected.insert("w\(writer) n\(change)") }
            }
            var found: [String] = []
            for id in Self.caseIDs {
                let object = try #require(Self.caseObject(data, id))
                let texts = ((object["notes"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
                let added = texts.filter { $0.hasPrefix("w") && $0.contains(" n") }
                found += added
                #expect(object["version"] as? Int == (versionsBefore[id] ?? 0) + added.count, "\(id): version and notes disagree")
            }
            #expect(found.count == expected.count, "\(found.count) notes for \(expected.count) changes")
            #expect(Set(found) == expected, "missing: \(expected.subtracting(found).sorted().prefix(20))")

            // One audit line per change: each case's versions, one line each, without a gap.
            let log = try Data(contentsOf: URL(fileURLWithPath: data + "/audit.jsonl"))
            let lines = try #require(JSONFile.auditLines(log), "audit.jsonl has a line that is not JSON")
            #expect(lines.count == expected.count)
            for id in Self.caseIDs {
                let versions = lines.filter { $0["id"] as? String == id }.compactMap { $0["version"] as? Int }
                let first = (versionsBefore[id] ?? 0) + 1
                #expect(versions == Array(first..<(first + versions.count)), "\(id): audit versions out of order or repeated")
            }
            let check = try Enlace.run(["check", "--data", data])
            #expect(check.succeeded && check.standardError.isEmpty, "\(check)")
        }

        static func caseObject(_ data: String, _ id: String) -> [String: Any]? {
            FileManager.default.contents(atPath: data + "/cases/\(id).json").flatMap(JSONFile.object)
        }
    }
}
