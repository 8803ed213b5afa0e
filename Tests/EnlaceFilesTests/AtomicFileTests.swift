import EnlaceFiles
import Foundation
import Testing

/// The steps the store and the briefs share: whole or nothing, never through a link.
@Suite("Atomic files")
struct AtomicFileTests {
    /// A fresh directory for one test, removed at the end.
    final class Scratch {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-files-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
        func read(_ name: String) -> String? { FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) } }
    }

    private static func tempName(_ random: String) -> String { ".file-" + random + ".tmp" }

    @Test("a temp file renamed into place holds every byte, with the mode asked for")
    func writesWhole() throws {
        let scratch = try Scratch()
        let target = scratch.path + "/file.txt"
        let text = String(repeating: "Fiscalía — línea\n", count: 10_000)
        let file = AtomicFile()
        let temp = try file.writeTemp(Data(text.utf8), beside: target, tempName: Self.tempName, mode: 0o640, sync: true)
        try file.rename(temp, to: target)
        try file.syncDirectory(scratch.path)
        #expect(scratch.read("file.txt") == text)
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        #expect(try scratch.names() == ["file.txt"])
    }

    @Test("a failed fsync names the target and leaves no temp file; the old file stays")
    func failedSync() throws {
        let scratch = try Scratch()
        let target = scratch.path + "/file.txt"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        var calls = SystemCalls.live
        calls.fsync = { _ in
            errno = EIO
            return -1
        }
        #expect(throws: FileFailure.system(path: target, operation: .sync, errno: EIO)) {
            try AtomicFile(calls: calls).writeTemp(Data("new".utf8), beside: target, tempName: Self.tempName, mode: 0o600, sync: true)
        }
        #expect(scratch.read("file.txt") == "old")
        #expect(try scratch.names() == ["file.txt"])
    }

    @Test("a failed rename removes the temp and leaves the old file")
    func failedRename() throws {
        let scratch = try Scratch()
        let target = scratch.path + "/file.txt"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        var calls = SystemCalls.live
        calls.rename = { _, _ in
            errno = EIO
            return -1
        }
        let file = AtomicFile(calls: calls)
        let temp = try file.writeTemp(Data("new".utf8), beside: target, tempName: Self.tempName, mode: 0o600, sync: true)
        #expect(throws: FileFailure.system(path: target, operation: .rename, errno: EIO)) { try file.rename(temp, to: target) }
        #expect(scratch.read("file.txt") == "old")
        #expect(try scratch.names() == ["file.txt"])
    }

    @Test("a symbolic link is never opened, and what it points at is untouched")
    func refusesLink() throws {
        let scratch = try Scratch()
        try Data("secret".utf8).write(to: URL(fileURLWithPath: scratch.path + "/target.txt"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link.txt", withDestinationPath: scratch.path + "/target.txt")
        #expect(throws: FileFailure.notRegularFile(path: scratch.path + "/link.txt", kind: .symbolicLink)) {
            _ = try RegularFile.open(scratch.path + "/link.txt", flags: O_WRONLY | O_TRUNC)
        }
        #expect(try FileKind.at(scratch.path + "/link.txt") == .symbolicLink)
        #expect(try FileKind.at(scratch.path + "/none") == nil)
        #expect(scratch.read("target.txt") == "secret")
    }
}
