import Foundation
import Testing

/// What officers see of a change with the real binary in tmux: two boards that change the same
/// title see where their values differ, and the history shows the values a change replaced.
@Suite("Conflicts and history show the values", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ConflictHistoryEndToEndTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    func openBoard() throws -> TmuxSession {
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data))",
            width: 200, height: 50)
        try session.waitFor(text: "MX-2026-")
        try session.send("/")
        try session.send("MX-2026-0005", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "1 / ")
        return session
    }

    /// Opens the case form and puts the cursor at the end of the title.
    func editTitle(in session: TmuxSession) throws {
        try session.send("e")
        try session.waitFor(text: "Edit case MX-2026-0005")
        try session.send("End")
    }

    @Test("two boards append to the same long title: the conflict shows both suffixes, marked")
    func titleSuffixes() throws {
        let first = try openBoard()
        let second = try openBoard()
        try editTitle(in: first)
        try editTitle(in: second)
        try first.send(" [ANA]", literal: true)
        try second.send(" [BETO]", literal: true)
        try first.send("Enter")
        try first.waitFor(text: "saved MX-2026-0005")
        try second.send("Enter")
        let conflict = try second.waitFor(text: "while you edited it")
        #expect(conflict.contains("proof-of-life coordination [«ANA»]"))
        #expect(conflict.contains("proof-of-life coordination [«BETO»]"))
    }

    @Test("h lists a title's change from its old value to its new one")
    func historyValues() throws {
        let session = try openBoard()
        try editTitle(in: session)
        try session.send(" [ANA]", literal: true)
        try session.send("Enter")
        try session.waitFor(text: "saved MX-2026-0005")
        try session.send("h")
        let history = try session.waitFor(text: "History of MX-2026-0005")
        #expect(history.contains("coordination«» → "))
        #expect(history.contains("coordination« [ANA]»"))
        try session.send("Enter")
        let entry = try session.waitFor(text: "History of MX-2026-0005: v")
        #expect(entry.contains("+ Kidnapping of a U.S. citizen in Tamaulipas: proof-of-life coordination« [ANA]»"))
    }
}
