import Foundation
import Testing

/// Editing from the board with the real binary in tmux: what one officer types lands
/// in the data directory, and what several officers type at once is never lost.
@Suite("Editing on the board", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct EditingEndToEndTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    func openBoard(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data))",
            width: width, height: height)
        try session.waitFor(text: "MX-2026-")
        return session
    }

    /// Filters the board down to one case.
    func select(_ caseID: String, in session: TmuxSession) throws {
        try session.send("/")
        try session.send(caseID, literal: true)
        try session.send("Enter")
        try session.waitFor(text: "1 / ")
    }

    func show(_ caseID: String) throws -> [String: Any] {
        let outcome = try EnlaceProcess.run(["show", caseID, "--json", "--data", data])
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        return object as? [String: Any] ?? [:]
    }

    func notes(_ caseID: String) throws -> [String] {
        (try show(caseID)["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    @Test("a case created through the form is there after quitting and reopening")
    func createThroughForm() throws {
        let session = try openBoard()
        try session.send("n")
        try session.waitFor(text: "New case ID new")
        try session.send("Enter")
        // Nothing typed: the form stays open and says what is missing.
        try session.waitFor(text: "fix the marked fields")
        try session.send("Pageless e2e heron", literal: true)
        for _ in 0..<8 { try session.send("Tab") }
        try session.send("DE", literal: true)
        try session.waitFor(text: "Drug Enforcement")
        try session.send("C-p")
        try session.send("Enter")
        let saved = try session.waitFor(text: "saved MX-2026-")
        let id = try #require(saved.firstMatch(of: /saved (MX-2026-\d{4})/)).1
        try session.send("q")
        try session.waitFor(timeout: .seconds(10), "the board to quit") { !$0.contains("saved MX-") }

        let record = try show(String(id))
        #expect(record["title"] as? String == "Pageless e2e heron")
        #expect(record["leadAgency"] as? String == "DEA")
        let again = try openBoard()
        try select(String(id), in: again)
        #expect(try again.waitFor(text: "Pageless e2e heron").contains(String(id)))
    }

    @Test("S then a letter saves the status at once: the list row and the file on disk have it")
    func quickStatusChange() throws {
        // Narrow enough for the list above the detail, where its rows have a status column.
        let session = try openBoard(width: 80, height: 30)
        try select("MX-2026-0005", in: session)
        try session.send("S")
        let menu = try session.waitFor(text: "Status of MX-2026-0005")
        #expect(menu.contains("w  waiting"))
        try session.send("w", literal: true)
        try session.waitFor(text: "saved MX-2026-0005")
        let screen = try session.waitFor(timeout: .seconds(5), "the row to say waiting") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("MX-2026-0005") && $0.contains("waiting") }
        }
        #expect(!screen.contains("Status of MX-2026-0005"))
        #expect(try show("MX-2026-0005")["status"] as? String == "waiting")
    }

    @Test("a note added with a shows in enlace show --json")
    func noteFromBoard() throws {
        let session = try openBoard()
        try select("MX-2026-0005", in: session)
        try session.send("a")
        try session.waitFor(text: "Note on MX-2026-0005")
        try session.send("called the FGR desk, awaiting reply", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "note added to MX-2026-0005")
        #expect(try notes("MX-2026-0005").contains("called the FGR desk, awaiting reply"))
    }

    @Test("two boards change different fields of one case and both changes survive")
    func differentFieldsMerge() throws {
        let first = try openBoard()
        let second = try openBoard()
        try select("MX-2026-0005", in: first)
        try select("MX-2026-0005", in: second)
        // The second officer starts typing before the first saves.
        try second.send("d")
        try second.waitFor(text: "Next action of MX-2026-0005")
        try second.send("C-u")
        try second.send("ring the consulate", literal: true)
        try first.send("p")
        try first.waitFor(text: "Priority of MX-2026-0005")
        try first.send("l", literal: true)
        try first.waitFor(text: "saved MX-2026-0005")
        try second.send("Enter")
        try second.waitFor(text: "saved MX-2026-0005")
        let record = try show("MX-2026-0005")
        #expect(record["priority"] as? String == "low")
        #expect(record["nextAction"] as? String == "ring the consulate")
    }

    @Test("two boards change the same field: the second sees both values and its pick lands")
    func sameFieldConflict() throws {
        let first = try openBoard()
        let second = try openBoard()
        try select("MX-2026-0005", in: first)
        try select("MX-2026-0005", in: second)
        try first.send("d")
        try second.send("d")
        try first.waitFor(text: "Next action of MX-2026-0005")
        try second.waitFor(text: "Next action of MX-2026-0005")
        try first.send("C-u")
        try first.send("first officer's plan", literal: true)
        try second.send("C-u")
        try second.send("second officer's plan", literal: true)
        try first.send("Enter")
        try first.waitFor(text: "saved MX-2026-0005")
        try second.send("Enter")
        let conflict = try second.waitFor(text: "while you edited it")
        // The part that differs is marked: «first» and «second».
        #expect(conflict.contains("«first» officer's plan"))
        #expect(conflict.contains("«second» officer's plan"))
        try second.send("1")
        try second.send("Enter")
        try second.waitFor(text: "saved MX-2026-0005")
        #expect(try show("MX-2026-0005")["nextAction"] as? String == "second officer's plan")
    }

    @Test("a note added with enlace note from another shell appears on an open board within 2 seconds")
    func noteFromOtherShell() throws {
        let session = try openBoard(height: 60)
        try select("MX-2026-0005", in: session)
        try session.send("z")
        try EnlaceProcess.run(["note", "MX-2026-0005", "zebra crossing at the border", "--data", data])
        let screen = try session.waitFor(text: "zebra crossing at the border", timeout: .seconds(2))
        #expect(screen.contains("MX-2026-0005"))
    }

    @Test("u takes back the officer's own last change as a new version")
    func undoOwnChange() throws {
        let before = try show("MX-2026-0005")
        let session = try openBoard()
        try select("MX-2026-0005", in: session)
        try session.send("m")
        try session.waitFor(text: "Marking of MX-2026-0005")
        try session.send("a", literal: true)
        try session.waitFor(text: "saved MX-2026-0005")
        #expect(try show("MX-2026-0005")["marking"] as? String != before["marking"] as? String)
        try session.send("u")
        try session.waitFor(text: "undone")
        let after = try show("MX-2026-0005")
        #expect(after["marking"] as? String == before["marking"] as? String)
        #expect((after["version"] as? Int ?? 0) == (before["version"] as? Int ?? 0) + 2)
    }

    @Test("u after n deletes the new case: gone from another open board within 2 seconds, and after reopening")
    func undoCreation() throws {
        let session = try openBoard()
        let other = try openBoard()
        try session.send("n")
        try session.waitFor(text: "New case ID new")
        try session.send("Short-lived e2e heron", literal: true)
        for _ in 0..<8 { try session.send("Tab") }
        try session.send("DE", literal: true)
        try session.waitFor(text: "Drug Enforcement")
        try session.send("C-p")
        try session.send("Enter")
        let saved = try session.waitFor(text: "saved MX-2026-")
        let id = String(try #require(saved.firstMatch(of: /saved (MX-2026-\d{4})/)).1)
        // The other officer's board has it, filtered down to it alone.
        try select(id, in: other)
        try other.waitFor(text: "Short-lived e2e heron")

        try session.send("u")
        try session.waitFor(text: "\(id) is deleted")
        try other.waitFor(timeout: .seconds(2), "the other board to drop \(id)") { !$0.contains("Short-lived e2e heron") }
        try session.send("q")
        try session.waitFor(timeout: .seconds(10), "the board to quit") { !$0.contains("is deleted") }

        let again = try openBoard()
        try again.send("/")
        try again.send(id, literal: true)
        try again.send("Enter")
        try again.waitFor(text: "0 / 46")
        let listed = try EnlaceProcess.run(["list", "cases", "--json", "--data", data])
        #expect(!listed.standardOutput.contains(id))
        let shown = try EnlaceProcess.run(["show", id, "--data", data])
        #expect(shown.status == 1)
        #expect(shown.standardError.contains("Case \(id) was deleted by"))
        let check = try EnlaceProcess.run(["check", "--data", data])
        #expect(check.status == 0, "\(check.standardError)")
        let audit = try String(contentsOfFile: data + "/audit.jsonl", encoding: .utf8)
        #expect(audit.contains(#""change":"deleted","entity":"case","id":"\#(id)""#))
        #expect(audit.contains("Short-lived e2e heron"), "the audit line keeps the deleted record")
    }

    @Test("undo is refused when someone else has changed the case since")
    func undoRefusedAfterOthers() throws {
        let session = try openBoard()
        try select("MX-2026-0005", in: session)
        try session.send("p")
        try session.waitFor(text: "Priority of MX-2026-0005")
        try session.send("h", literal: true)
        try session.waitFor(text: "saved MX-2026-0005")
        try EnlaceProcess.run(["note", "MX-2026-0005", "someone else's note", "--data", data], environment: ["USER": "other"])
        try session.waitFor(text: "someone else's note", timeout: .seconds(5))
        try session.send("u")
        try session.waitFor(text: "cannot undo")
        #expect(try show("MX-2026-0005")["priority"] as? String == "high")
    }

    @Test("a signal to a board with a half-typed note leaves a draft that the next start restores",
          arguments: ["TERM", "HUP", "INT", "QUIT"])
    func draftOnSignal(signal: String) throws {
        let session = try openBoard()
        try select("MX-2026-0005", in: session)
        try session.send("a")
        try session.waitFor(text: "Note on MX-2026-0005")
        try session.send("half-typed thought", literal: true)
        try session.waitFor(text: "half-typed thought")
        let pid = try session.childProcess()
        let number: Int32 = switch signal {
        case "TERM": SIGTERM
        case "HUP": SIGHUP
        case "QUIT": SIGQUIT
        default: SIGINT
        }
        #expect(kill(pid, number) == 0)
        let ended = try session.waitFor(text: "ENLACE-EXITED=")
        #expect(!ended.contains("Backtrace") && !ended.contains("Crashed"), "a crash report reached the terminal:\n\(ended)")
        #expect(try session.display("#{cursor_flag} #{alternate_on}") == "1 0")
        #expect(try !notes("MX-2026-0005").contains("half-typed thought"), "a draft is not saved as a note")

        let again = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data))", width: 120, height: 40)
        try again.waitFor(text: "unsaved draft of MX-2026-0005")
        try again.send("r")
        let restored = try again.waitFor(text: "Note on MX-2026-0005")
        #expect(restored.contains("half-typed thought"))
        try again.send("Enter")
        try again.waitFor(text: "note added to MX-2026-0005")
        #expect(try notes("MX-2026-0005").contains("half-typed thought"))
    }

    func contacts() throws -> [[String: Any]] {
        let outcome = try EnlaceProcess.run(["list", "contacts", "--json", "--data", data])
        return try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]] ?? []
    }

    @Test("R in the contacts pane records that the contact was reached now")
    func contactReached() throws {
        let before = try contacts()
        let session = try openBoard()
        try session.send("3")
        try session.waitFor(text: "contacts")
        try session.send("R")
        try session.waitFor(text: "saved C-")
        let after = try contacts()
        let changed = zip(before, after).filter { ($0["lastContact"] as? String) != ($1["lastContact"] as? String) }
        #expect(changed.count == 1)
        let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
        #expect((changed.first?.1["lastContact"] as? String)?.hasPrefix(String(today)) == true)
    }

    @Test("two boards change the same field of a contact: the second sees both values and its pick lands")
    func contactSameFieldConflict() throws {
        let first = try openBoard()
        let second = try openBoard()
        for session in [first, second] {
            try session.send("3")
            try session.send("e")
            try session.waitFor(text: "Edit contact C-")
            try session.send("Tab")
            try session.send("Tab")
            try session.send("C-u")
        }
        try first.send("first officer's role", literal: true)
        try second.send("second officer's role", literal: true)
        try first.send("Enter")
        let saved = try first.waitFor(text: "saved C-")
        let id = String(try #require(saved.firstMatch(of: /saved (C-\d{4})/)).1)
        try second.send("Enter")
        let conflict = try second.waitFor(text: "Someone else changed \(id)")
        #expect(conflict.contains("«first» officer's role"))
        #expect(conflict.contains("«second» officer's role"))
        try second.send("1")
        try second.send("Enter")
        try second.waitFor(text: "saved \(id)")
        let contact = try contacts().first { $0["id"] as? String == id }
        #expect(contact?["role"] as? String == "second officer's role")
    }

    @Test("u after n in the contacts pane deletes the new contact: gone from the board and from enlace list contacts")
    func undoContactCreation() throws {
        let session = try openBoard()
        try session.send("3")
        try session.waitFor(text: "contacts")
        try session.send("n")
        try session.waitFor(text: "New contact ID new")
        try session.send("Short-lived e2e egret", literal: true)
        try session.send("Tab")
        try session.send("FGR", literal: true)
        try session.send("C-p")
        try session.send("Enter")
        let saved = try session.waitFor(text: "saved C-")
        let id = String(try #require(saved.firstMatch(of: /saved (C-\d{4})/)).1)
        #expect(saved.contains("Short-lived e2e egret"))
        #expect(try contacts().contains { $0["id"] as? String == id })

        try session.send("u")
        let undone = try session.waitFor(text: "\(id) is deleted")
        #expect(!undone.contains("Short-lived e2e egret"))
        // The next new contact does not get the deleted one's id: its audit trail stays one contact's.
        try session.send("n")
        try session.waitFor(text: "New contact ID new")
        try session.send("Next e2e egret", literal: true)
        try session.send("Tab")
        try session.send("FGR", literal: true)
        try session.send("C-p")
        try session.send("Enter")
        let next = try session.waitFor(text: "saved C-")
        let nextID = String(try #require(next.firstMatch(of: /saved (C-\d{4})/)).1)
        #expect(nextID != id)
        try session.send("q")
        try session.waitFor(timeout: .seconds(10), "the board to quit") { !$0.contains("saved C-") }

        let listed = try EnlaceProcess.run(["list", "contacts", "--data", data])
        #expect(listed.status == 0)
        #expect(!listed.standardOutput.contains("Short-lived e2e egret"))
        #expect(!(try contacts()).contains { $0["id"] as? String == id })
        #expect(try contacts().contains { $0["id"] as? String == nextID && $0["name"] as? String == "Next e2e egret" })
        let check = try EnlaceProcess.run(["check", "--data", data])
        #expect(check.status == 0, "\(check.standardError)")
        let audit = try String(contentsOfFile: data + "/audit.jsonl", encoding: .utf8)
        #expect(audit.contains(#""change":"deleted","entity":"contact","id":"\#(id)""#))
        #expect(audit.contains("Short-lived e2e egret"), "the audit line keeps the deleted record")
    }

    @Test("h in the contacts pane shows who changed what in the contact's history")
    func contactHistory() throws {
        let session = try openBoard()
        try session.send("3")
        try session.waitFor(text: "contacts")
        try session.send("R")
        let saved = try session.waitFor(text: "saved C-")
        let id = String(try #require(saved.firstMatch(of: /saved (C-\d{4})/)).1)
        try session.send("h")
        let screen = try session.waitFor(text: "History of \(id)")
        #expect(screen.contains("Last contact"))
        try session.send("Escape")
        try session.waitFor(timeout: .seconds(5), "the history to close") { !$0.contains("History of") }
    }

    @Test("h shows who changed what in the case's history")
    func history() throws {
        let session = try openBoard()
        try select("MX-2026-0005", in: session)
        try session.send("p")
        try session.waitFor(text: "Priority of MX-2026-0005")
        try session.send("l", literal: true)
        try session.waitFor(text: "saved MX-2026-0005")
        try session.send("h")
        let screen = try session.waitFor(text: "History of MX-2026-0005")
        #expect(screen.contains("Priority"))
        try session.send("Escape")
        try session.waitFor(timeout: .seconds(5), "the history to close") { !$0.contains("History of") }
    }

    @Test("another officer's save while a note is typed keeps the text, and both notes land")
    func typingSurvivesReload() throws {
        let session = try openBoard()
        try select("MX-2026-0005", in: session)
        try session.send("a")
        try session.waitFor(text: "Note on MX-2026-0005")
        try session.send("typed before the reload", literal: true)
        try EnlaceProcess.run(["note", "MX-2026-0005", "from the other shell", "--data", data])
        // A case imported from the other shell too: the tab bar's count shows when the board
        // has reloaded, since the form covers the detail.
        var imported = try show("MX-2026-0001")
        imported["id"] = "MX-2026-0999"
        let line = try JSONSerialization.data(withJSONObject: imported)
        let file = directory.path + "/import.jsonl"
        #expect(FileManager.default.createFile(atPath: file, contents: line + Data("\n".utf8)))
        let outcome = try EnlaceProcess.run(["import", file, "--data", data])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let reloaded = try session.waitFor(text: "1/47", timeout: .seconds(2))
        #expect(reloaded.contains("typed before the reload"))
        try session.send(" and after", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "note added to MX-2026-0005")
        let texts = try notes("MX-2026-0005")
        #expect(texts.contains("from the other shell"))
        #expect(texts.contains("typed before the reload and after"))
    }

    @Test("a save that waits for another officer's says so, and keys typed meanwhile do not land in a form")
    func saveWaitsVisibly() throws {
        let session = try openBoard()
        try select("MX-2026-0005", in: session)
        try session.send("a")
        try session.waitFor(text: "Note on MX-2026-0005")
        try session.send("waited for the lock", literal: true)
        // Another process holds the lock for two seconds, as a slow save would.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [data + "/.lock", "sleep", "2"]
        try holder.run()
        defer { holder.waitUntilExit() }
        Thread.sleep(forTimeInterval: 0.3)
        try session.send("Enter")
        try session.waitFor(text: "save…")
        // Typed at a screen that does not answer: `a` would open another note form.
        try session.send("a")
        try session.send("stray", literal: true)
        try session.waitFor(text: "note added to MX-2026-0005", timeout: .seconds(10))
        Thread.sleep(forTimeInterval: 0.3)
        let after = try session.screen()
        #expect(!after.contains("Note on MX-2026-0005"), "a key typed during the wait opened a form:\n\(after)")
        #expect(try notes("MX-2026-0005").contains("waited for the lock"))
        #expect(try !notes("MX-2026-0005").contains { $0.contains("stray") })
    }
}
