import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What an officer sees on a board with a damaged case file, or on a directory they may not write.
@Suite("The board on damaged data and unwritable directories, in a terminal",
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DataNoticeEndToEndTests {
    let directory: TemporaryDirectory
    let data: String

    init() throws {
        directory = try TemporaryDirectory()
        data = try Fixture.sampleBoard(in: directory)
    }

    @Test("a damaged case file: the status line counts it, ! names it, the other 45 cases show")
    func damagedNotice() throws {
        try Data("{ broken".utf8).write(to: URL(fileURLWithPath: data + "/cases/MX-2026-0003.json"))
        let session = try TmuxSession(
            command: "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data))", width: 120, height: 40)
        let screen = try session.waitFor(text: "1 case file could not be read — press ! to see it")
        #expect(screen.contains("45 / 45"))
        try session.send("!", literal: true)
        // The path is wrapped to the overlay's width: its end, and what is wrong. Waited for
        // whole, since a capture can fall between the overlay's first rows and its last.
        let list = try session.waitFor(text: "0003.json:1:3: found 'b' where a key in double quotes should be")
        #expect(list.contains("Case files that could not be read"))
    }

    @Test("a directory the officer may not write: READ-ONLY on top, and a is refused with the reason",
          .enabled(if: UnprivilegedUser.isAvailable, "needs setpriv to run as another user when root"))
    func readOnlyBoard() throws {
        try UnprivilegedUser.makeReadable(directory.path)
        let before = try KioskFiles.snapshot(data)
        let prefix = geteuid() == 0 ? "\(UnprivilegedUser.setpriv) --reuid=65534 --regid=65534 --clear-groups " : ""
        let session = try TmuxSession(
            command: prefix + "\(TmuxSession.quote(EnlaceProcess.binary.path)) --data \(TmuxSession.quote(data))",
            width: 120, height: 40)
        let screen = try session.waitFor(text: "Cases")
        #expect(screen.split(separator: "\n").first?.contains("READ-ONLY") == true)
        try session.send("a", literal: true)
        let refused = try session.waitFor(text: "you may not write")
        #expect(refused.contains(data))
        #expect(try KioskFiles.snapshot(data) == before)
    }
}
