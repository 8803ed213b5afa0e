@testable import EnlaceBrief
import EnlaceFiles
import Foundation
import Testing

/// The writer leaves either the old file or the whole new one, never a mix, never a temp file,
/// never writes over a file without `force` or through a link.
@Suite("Brief writer")
struct BriefWriterTests {
    /// A fresh directory for one test, removed at the end.
    final class Scratch {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-brief-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        func file(_ name: String) -> URL { url.appendingPathComponent(name) }
        func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
        func read(_ name: String) throws -> String { try String(decoding: Data(contentsOf: file(name)), as: UTF8.self) }
    }

    static func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("a new brief is written whole, with mode 0600, and nothing else is left in the directory")
    func writesNewFile() throws {
        let scratch = try Scratch()
        let text = String(repeating: "Fiscalía — línea\n", count: 20_000)
        try BriefWriter().write(text, to: scratch.file("brief.md"))
        #expect(try scratch.read("brief.md") == text)
        #expect(try Self.mode(scratch.file("brief.md")) == 0o600)
        #expect(try scratch.names() == ["brief.md"])
    }

    @Test("an existing file is refused without force and left as it was")
    func refusesExisting() throws {
        let scratch = try Scratch()
        try Data("old".utf8).write(to: scratch.file("brief.md"))
        #expect(throws: BriefWriteError.exists(path: scratch.file("brief.md").path)) {
            try BriefWriter().write("new", to: scratch.file("brief.md"))
        }
        #expect(try scratch.read("brief.md") == "old")
        #expect(try scratch.names() == ["brief.md"])
    }

    @Test("with force an existing file is replaced")
    func forceReplaces() throws {
        let scratch = try Scratch()
        try Data("old".utf8).write(to: scratch.file("brief.md"))
        try BriefWriter(force: true).write("new", to: scratch.file("brief.md"))
        #expect(try scratch.read("brief.md") == "new")
        #expect(try Self.mode(scratch.file("brief.md")) == 0o600)
        #expect(try scratch.names() == ["brief.md"])
    }

    @Test("a symbolic link is refused, with force too, and what it points at is untouched", arguments: [false, true])
    func refusesSymlink(force: Bool) throws {
        let scratch = try Scratch()
        try Data("secret".utf8).write(to: scratch.file("target.txt"))
        try FileManager.default.createSymbolicLink(at: scratch.file("brief.md"), withDestinationURL: scratch.file("target.txt"))
        #expect(throws: BriefWriteError.isSymlink(path: scratch.file("brief.md").path)) {
            try BriefWriter(force: force).write("new", to: scratch.file("brief.md"))
        }
        #expect(try scratch.read("target.txt") == "secret")
        #expect(try scratch.names() == ["brief.md", "target.txt"])
    }

    @Test("a dangling symbolic link is refused too, and nothing is created where it points")
    func refusesDanglingSymlink() throws {
        let scratch = try Scratch()
        try FileManager.default.createSymbolicLink(at: scratch.file("brief.md"), withDestinationURL: scratch.file("elsewhere"))
        #expect(throws: BriefWriteError.isSymlink(path: scratch.file("brief.md").path)) {
            try BriefWriter().write("new", to: scratch.file("brief.md"))
        }
        #expect(try scratch.names() == ["brief.md"])
    }

    @Test("a failure after the temp file is written leaves the old file whole and no temp file")
    func failureKeepsOldFile() throws {
        let scratch = try Scratch()
        try Data("old".utf8).write(to: scratch.file("brief.md"))
        var writer = BriefWriter(force: true)
        writer.calls = .failingSync
        #expect(throws: BriefWriteError.io(path: scratch.file("brief.md").path, errno: EIO)) {
            try writer.write("new", to: scratch.file("brief.md"))
        }
        #expect(try scratch.read("brief.md") == "old")
        #expect(try scratch.names() == ["brief.md"])
    }

    @Test("a failure while writing a new brief leaves no file and no temp file")
    func failureLeavesNothing() throws {
        let scratch = try Scratch()
        var writer = BriefWriter()
        writer.calls = .failingSync
        #expect(throws: BriefWriteError.io(path: scratch.file("brief.md").path, errno: EIO)) {
            try writer.write("new", to: scratch.file("brief.md"))
        }
        #expect(try scratch.names() == [])
    }

    @Test("a directory that does not exist is an I/O error naming the file")
    func missingDirectory() throws {
        let scratch = try Scratch()
        let url = scratch.file("no-such-dir/brief.md")
        #expect(throws: BriefWriteError.io(path: url.path, errno: ENOENT)) { try BriefWriter().write("x", to: url) }
        let message = BriefWriteError.io(path: url.path, errno: ENOENT).message(.en)
        #expect(message.hasPrefix("cannot write \(url.path): ") && message.count > "cannot write \(url.path): ".count)
    }

    @Test("a directory at the path is refused, with force too")
    func directoryAtPath() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(at: scratch.file("brief.md"), withIntermediateDirectories: false)
        #expect(throws: BriefWriteError.io(path: scratch.file("brief.md").path, errno: EISDIR)) {
            try BriefWriter(force: true).write("x", to: scratch.file("brief.md"))
        }
    }

    @Test("a FIFO or a device at the path is never replaced, with force neither")
    func specialFileAtPath() throws {
        let scratch = try Scratch()
        let fifo = scratch.file("brief.md")
        try #require(mkfifo(fifo.path, 0o600) == 0)
        #expect(throws: BriefWriteError.notRegularFile(path: fifo.path)) { try BriefWriter(force: true).write("x", to: fifo) }
        var status = stat()
        #expect(lstat(fifo.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO, "the FIFO was replaced")
        #expect(BriefWriteError.notRegularFile(path: fifo.path).message(.en).contains("not a regular file"))
    }
}

extension SystemCalls {
    /// Live calls, except that every `fsync` fails with EIO: the temp file is written, then the
    /// disk fails before it is put in place.
    static let failingSync: SystemCalls = {
        var calls = SystemCalls.live
        calls.fsync = { _ in
            errno = EIO
            return -1
        }
        return calls
    }()
}
