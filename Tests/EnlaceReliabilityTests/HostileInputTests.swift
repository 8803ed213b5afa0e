import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Reliability {
    /// Inputs over a limit are refused with a message, and every input the
    /// fuzzers found (or that is kept as a hostile example) goes through `enlace` without a crash.
    @Suite("Hostile and broken input")
    struct HostileInputTests {
        /// What every refusal looks like: no crash, an exit code of DESIGN.md, each message one
        /// line that says it is from enlace.
        static func expectRefusedCleanly(_ outcome: Enlace.Outcome, allowed: Set<Int32>, _ what: String) {
            #expect(outcome.signal == nil, "\(what): crashed: \(outcome)")
            #expect(allowed.contains(outcome.status), "\(what): \(outcome)")
            for line in outcome.errorLines {
                #expect(line.hasPrefix("enlace: "), "\(what): a stray line on stderr: \(line.prefix(300))")
            }
        }

        static func nested(_ depth: Int) -> String {
            String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        }

        @Test("a case file nested 100,000 levels deep is named with its line and column, and the other cases load")
        func deeplyNestedCaseFile() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let path = data + "/cases/MX-2026-0001.json"
            let hostile = Data(#"{"id":"MX-2026-0001","tags":\#(Self.nested(100_000))}"#.utf8)
            try hostile.write(to: URL(fileURLWithPath: path))
            let list = try Enlace.run(["list", "cases", "--json", "--data", data])
            // The other 45 are listed; a case left out makes the listing exit 2, as damaged data.
            Self.expectRefusedCleanly(list, allowed: [2], "list")
            #expect(list.standardError.contains(path + ":1:") && list.standardError.contains("512"), "\(list)")
            #expect(JSONFile.array(Data(list.standardOutput.utf8))?.count == 45)
            let check = try Enlace.run(["check", "--data", data])
            Self.expectRefusedCleanly(check, allowed: [2], "check")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == hostile, "the damaged file was rewritten")
        }

        @Test("an import line nested too deep, or longer than 16 MiB, is refused naming its line; nothing is imported")
        func hostileImportLines() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let before = BoardSnapshot(data)
            let good = #"{"id":"MX-2025-9001","title":"Importado","status":"active","priority":"high","marking":"TLP:GREEN","leadAgency":"DEA","opened":"2025-03-01","version":1,"createdAt":"2025-03-01T10:00:00Z","createdBy":"importer"}"#
            let hostile = [
                ("nested", #"{"id":"MX-2025-9002","tags":\#(Self.nested(100_000))}"#, "512"),
                ("long", #"{"id":"MX-2025-9002","title":""# + String(repeating: "x", count: 16 << 20) + #""}"#, "16777216"),
            ]
            for (name, line, limit) in hostile {
                let file = scratch.path + "/\(name).jsonl"
                try Data((good + "\n" + line + "\n").utf8).write(to: URL(fileURLWithPath: file))
                let imported = try Enlace.run(["import", file, "--data", data])
                Self.expectRefusedCleanly(imported, allowed: [2], name)
                #expect(imported.errorLines.count == 1 && imported.standardError.contains(file + ":2:"), "\(name): \(imported)")
                #expect(imported.standardError.contains(limit), "\(name): the limit is not named: \(imported)")
                #expect(BoardSnapshot(data) == before, "\(name): something was imported")
            }
        }

        @Test("an import file over 1 GiB is refused before it is read")
        func hugeImportFile() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            // Sparse: it takes no disk, and enlace must not read it to know it is too large.
            let file = scratch.path + "/huge.jsonl"
            let descriptor = open(file, O_WRONLY | O_CREAT, 0o600)
            try #require(descriptor >= 0)
            try #require(ftruncate(descriptor, off_t((1 << 30) + 1)) == 0)
            close(descriptor)
            let started = ContinuousClock.now
            let imported = try Enlace.run(["import", file, "--data", data])
            Self.expectRefusedCleanly(imported, allowed: [1, 2], "huge import")
            #expect(imported.standardError.contains("1073741825") && imported.standardError.contains("1073741824"), "\(imported)")
            #expect(ContinuousClock.now - started < .seconds(20), "reading it took \(ContinuousClock.now - started)")
        }

        @Test("a query over 1,000 characters is refused in one line with exit 1")
        func longQuery() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let query = String(repeating: "fgr ", count: 300)
            let listed = try Enlace.run(["list", "cases", "--filter", query, "--data", data])
            Self.expectRefusedCleanly(listed, allowed: [1], "long query")
            #expect(listed.errorLines.count == 1 && listed.standardError.contains("1000"), "\(listed)")
            let fine = try Enlace.run(["list", "cases", "--filter", String(repeating: "fgr ", count: 200), "--data", data])
            #expect(fine.succeeded, "a query of 800 characters is read: \(fine)")
        }

        /// `Tests/EnlaceReliabilityTests/FuzzRegressions/<target>/<input>`: inputs the fuzzers found,
        /// and hostile examples kept beside them.
        static let regressions: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

        static func inputs(_ target: String) -> [URL] {
            let directory = regressions.appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return names.sorted().map { directory.appendingPathComponent($0) }
        }

        @Test("every kept fuzz input for the store's files goes through list and check without a crash, and is left as it is")
        func storeFileRegressions() throws {
            let scratch = try ScratchDirectory()
            let pristine = try scratch.sampleBoard()
            let targets = [("case", "cases/MX-2026-0001.json"), ("contacts", "contacts.json"), ("agencies", "agencies.json"), ("audit", "audit.jsonl")]
            var count = 0
            for (target, file) in targets {
                for input in Self.inputs(target) {
                    count += 1
                    let what = "\(target)/\(input.lastPathComponent)"
                    let data = try scratch.copy(pristine, as: "\(target)-\(count)")
                    let bytes = try Data(contentsOf: input)
                    try bytes.write(to: URL(fileURLWithPath: data + "/" + file))
                    Self.expectRefusedCleanly(try Enlace.run(["list", "cases", "--data", data]), allowed: [0, 2], what + " (list)")
                    let check = try Enlace.run(["check", "--data", data])
                    Self.expectRefusedCleanly(check, allowed: [0, 2], what + " (check)")
                    if target == "audit" {
                        // One finding at most for each line with something on it, and a last line saying how many.
                        let filled = bytes.split(separator: 0x0A).filter { !$0.allSatisfy { [0x20, 0x09, 0x0D].contains($0) } }.count
                        #expect(check.errorLines.count <= filled + 1, "\(what): \(check.errorLines)")
                    }
                    #expect(FileManager.default.contents(atPath: data + "/" + file) == bytes, "\(what) was rewritten")
                }
            }
            #expect(count >= 4, "no inputs found in \(Self.regressions.path)")
        }

        @Test("every kept fuzz input for import and the query language is refused or read without a crash")
        func importAndQueryRegressions() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let before = BoardSnapshot(data)
            for input in Self.inputs("import") {
                let imported = try Enlace.run(["import", input.path, "--data", data])
                Self.expectRefusedCleanly(imported, allowed: [0, 1, 2], "import/\(input.lastPathComponent)")
                if imported.status != 0 { #expect(BoardSnapshot(data) == before, "a refused import changed the board") }
            }
            for input in Self.inputs("query") {
                let query = String(decoding: try Data(contentsOf: input), as: UTF8.self)
                let listed = try Enlace.run(["list", "cases", "--filter=" + query, "--data", data])
                Self.expectRefusedCleanly(listed, allowed: [0, 1], "query/\(input.lastPathComponent)")
            }
            #expect(!Self.inputs("import").isEmpty && !Self.inputs("query").isEmpty)
        }
    }
}
