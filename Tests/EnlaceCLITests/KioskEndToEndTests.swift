import EnlaceUI
import Foundation
import Testing

/// The wall display in a real terminal (tmux on a private socket): whatever is pressed at its
/// keyboard, nothing on disk changes, nothing restricted is shown, and it keeps running.
@Suite("The kiosk in a terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct KioskEndToEndTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    @Test("every key of the board, Ctrl-Z, Ctrl-C, Ctrl-\\ and the rest leave every file as it was, show no TLP:RED title, and the kiosk keeps running; a note saved elsewhere shows within 2 seconds")
    func keysChangeNothing() throws {
        let before = try KioskFiles.snapshot(data)
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) kiosk --data \(TmuxSession.quote(data))",
            width: 120, height: 40, environment: KioskEndToEndTests.hostileEnvironment(directory))
        try session.waitFor(text: "ENLACE")
        var screens = try KioskEndToEndTests.pressEverything(session)

        #expect(try KioskFiles.snapshot(data) == before, "a file in the data directory changed")
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/editor-ran"), "an editor, pager or shell was started")
        let running = try session.screen()
        #expect(!running.contains("ENLACE-EXITED"), "the kiosk ended:\n\(running)")
        #expect(kill(try session.childProcess(), 0) == 0)

        let shown = try #require(try KioskEndToEndTests.shownCase(data))
        let text = "Kiosk check \(UUID().uuidString.prefix(8))"
        let noted = try EnlaceProcess.run(["note", shown, text, "--data", data])
        #expect(noted.status == 0, "enlace note: \(noted.standardError)")
        screens.append(try session.waitFor(text: text, timeout: .seconds(2)))

        let secrets = try KioskEndToEndTests.redTitles(data)
        #expect(!secrets.isEmpty, "the sample has no TLP:RED case to hide")
        for screen in screens {
            for secret in secrets { #expect(!screen.contains(secret), "a TLP:RED title reached the screen:\n\(screen)") }
        }
    }

    @Test("SIGTERM and SIGHUP end the kiosk and restore the terminal", arguments: ["TERM", "HUP"])
    func signalsEnd(signal: String) throws {
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) kiosk --data \(TmuxSession.quote(data))")
        try session.waitFor(text: "ENLACE")
        #expect(kill(try session.childProcess(), signal == "TERM" ? SIGTERM : SIGHUP) == 0)
        let screen = try session.waitFor(text: "ENLACE-EXITED=0")
        #expect(try session.display("#{alternate_on}") == "0")
        #expect(!screen.contains("Active cases"))
    }

    @Test("--exit-key is the one key that quits")
    func exitKeyQuits() throws {
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) kiosk --exit-key ctrl-x --data \(TmuxSession.quote(data))")
        try session.waitFor(text: "ENLACE")
        try session.send("q")
        try session.waitFor(text: "read-only display")
        try session.send("C-x")
        try session.waitFor(text: "ENLACE-EXITED=0")
    }

    @Test("a damaged case file is a notice on the screen, and the display outlives its data directory going and coming back")
    func damageAndDisappearance() throws {
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) kiosk --data \(TmuxSession.quote(data))")
        try session.waitFor(text: "ENLACE")
        // A new file renamed in, as a save does, so the change stamp sees it.
        let damaged = directory.path + "/damaged.json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: damaged))
        try FileManager.default.moveItem(atPath: damaged, toPath: data + "/cases/MX-2026-0999.json")
        try session.waitFor(text: "MX-2026-0999.json")

        let moved = directory.path + "/moved-away"
        try FileManager.default.moveItem(atPath: data, toPath: moved)
        try session.waitFor(text: "Data unavailable")
        try FileManager.default.removeItem(atPath: moved + "/cases/MX-2026-0999.json")
        try FileManager.default.moveItem(atPath: moved, toPath: data)
        try session.waitFor(timeout: .seconds(5), "the notice to clear") { !$0.contains("Data unavailable") && $0.contains("Active cases") }
        #expect(!(try session.screen()).contains("ENLACE-EXITED"))
    }

    @Test("under strace: no execve after start, no file under the data directory opened for writing or created")
    func straceShowsReadOnly() throws {
        guard let strace = ["/usr/bin/strace", "/bin/strace"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            Issue.record("strace is not installed: the system-call check was skipped (CI installs it)")
            return
        }
        let trace = directory.path + "/trace.txt"
        let command = "\(strace) -f -e trace=execve,openat -o \(TmuxSession.quote(trace)) "
            + "\(TmuxSession.quote(EnlaceProcess.binary.path)) kiosk --data \(TmuxSession.quote(data))"
        let session = try TmuxSession(command: command, width: 120, height: 40, environment: KioskEndToEndTests.hostileEnvironment(directory))
        try session.waitFor(text: "ENLACE")
        _ = try KioskEndToEndTests.pressEverything(session)
        // A reload under the trace too.
        let shown = try #require(try KioskEndToEndTests.shownCase(data))
        let text = "Traced note \(UUID().uuidString.prefix(8))"
        #expect(try EnlaceProcess.run(["note", shown, text, "--data", data]).status == 0)
        try session.waitFor(text: text, timeout: .seconds(5))

        let tracer = try KioskEndToEndTests.children(of: try session.display("#{pane_pid}")).first
        let kiosk = try #require(try tracer.flatMap { try KioskEndToEndTests.children(of: String($0)).first })
        #expect(kill(kiosk, SIGTERM) == 0)
        try session.waitFor(text: "ENLACE-EXITED=0")

        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        let execs = lines.filter { $0.contains("execve(") }
        #expect(execs.count == 1, "execve after start:\n\(execs.joined(separator: "\n"))")
        let root = URL(fileURLWithPath: data).standardizedFileURL.path
        let writes = lines.filter { line in
            guard line.contains("openat("), let path = KioskEndToEndTests.quotedPath(line) else { return false }
            let under = path == root || path.hasPrefix(root + "/")
            return under && (line.contains("O_WRONLY") || line.contains("O_RDWR") || line.contains("O_CREAT"))
        }
        #expect(writes.isEmpty, "opened for writing under the data directory:\n\(writes.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("openat(") && $0.contains(root) }, "the trace saw no read of the data: it proves nothing")
    }

    @Test("a bad --max-marking, --exit-key or --rotate is a one-line usage error before the terminal is touched",
          arguments: [["--max-marking", "PURPLE"], ["--exit-key", "ctrl-"], ["--rotate", "0"]])
    func badOptions(arguments: [String]) throws {
        let outcome = try EnlaceProcess.run(["kiosk", "--data", data] + arguments)
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains(arguments[0]))
    }

    // MARK: Helpers

    /// EDITOR, PAGER and SHELL that would leave a mark if anything ran them.
    static func hostileEnvironment(_ directory: TemporaryDirectory) -> [String: String] {
        let mark = "touch \(TmuxSession.quote(directory.path + "/editor-ran"))"
        let script = directory.path + "/mark.sh"
        try? Data("#!/bin/sh\n\(mark)\n".utf8).write(to: URL(fileURLWithPath: script))
        chmod(script, 0o755)
        return ["EDITOR": script, "VISUAL": script, "PAGER": script, "SHELL": script]
    }

    /// Presses every key of the board's keymap, then the keys that would stop, suspend,
    /// export, edit or shell out; returns every screen seen. Ends with `L` and `q`: the
    /// "read-only" answer in the language that `L` brings shows every key before it was read.
    static func pressEverything(_ session: TmuxSession) throws -> [String] {
        var screens: [String] = []
        var keys = Keymap.board.bindings.flatMap(\.keys).map(tmuxName)
        keys += ["C-z", "C-c", "C-\\", "C-d"].map { ($0, false) }
        keys += ["!", "|", "x", "e", "n", "q", "a", "d", "E", "o", ":"].map { ($0, true) }
        keys.append(("L", true))
        for key in keys {
            try session.send(key.name, literal: key.literal)
            screens.append(try session.screen())
        }
        try session.send("q")
        let switches = keys.count { $0.name == "L" }
        let answer = switches % 2 == 0 ? "read-only display" : "pantalla de solo lectura"
        screens.append(try session.waitFor(text: answer))
        return screens
    }

    static func tmuxName(_ key: Key) -> (name: String, literal: Bool) {
        switch key {
        case .character(let character): (String(character), true)
        case .control(let letter): ("C-" + String(letter), false)
        case .up: ("Up", false)
        case .down: ("Down", false)
        case .left: ("Left", false)
        case .right: ("Right", false)
        case .pageUp: ("PPage", false)
        case .pageDown: ("NPage", false)
        case .home: ("Home", false)
        case .end: ("End", false)
        case .enter: ("Enter", false)
        case .escape: ("Escape", false)
        case .backspace: ("BSpace", false)
        case .delete: ("DC", false)
        case .insert: ("IC", false)
        case .tab: ("Tab", false)
        case .backTab: ("BTab", false)
        case .function(let number): ("F\(number)", false)
        }
    }

    /// An active case the default ceiling (TLP:GREEN) shows in full.
    static func shownCase(_ data: String) throws -> String? {
        try cases(data, filter: "marking:green").first { ($0["status"] as? String) != "closed" }?["id"] as? String
    }

    /// The English and Spanish titles of the TLP:RED cases, and the first 20 characters of
    /// each, which is what a cut-off column would show.
    static func redTitles(_ data: String) throws -> [String] {
        var titles: [String] = []
        for record in try cases(data, filter: "marking:red") {
            for key in ["title", "titleEs"] {
                guard let title = record[key] as? String, !title.isEmpty else { continue }
                titles.append(title)
                titles.append(String(title.prefix(20)))
            }
        }
        return titles
    }

    static func cases(_ data: String, filter: String) throws -> [[String: Any]] {
        let listed = try EnlaceProcess.run(["list", "cases", "--filter", filter, "--json", "--data", data])
        let decoded = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8))
        return decoded as? [[String: Any]] ?? []
    }

    static func children(of pid: String) throws -> [pid_t] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        process.arguments = ["-P", pid]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").compactMap { pid_t($0) }
    }

    /// The first quoted string of a strace line: the path of an `openat`.
    static func quotedPath(_ line: Substring) -> String? {
        guard let open = line.firstIndex(of: "\"") else { return nil }
        let rest = line[line.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        return URL(fileURLWithPath: String(rest[..<close])).standardizedFileURL.path
    }
}

/// Every file under a directory, by relative path, with its bytes.
enum KioskFiles {
    static func snapshot(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root) else { return files }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root + "/" + relative
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            files[relative] = isDirectory.boolValue ? Data("<directory>".utf8) : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }
}
