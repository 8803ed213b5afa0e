import EnlaceGenerator
import EnlaceModel
@testable import EnlaceStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A generated board in a fresh directory under /tmp, removed when the test is done with it.
final class GeneratedBoard {
    let root: URL
    let generator: BoardGenerator
    let cases: [Case]

    var data: URL { root.appendingPathComponent("data") }
    var casesPath: String { data.path + "/cases" }
    var indexPath: String { data.path + "/" + ListIndexFile.relativePath }
    var searchTextPath: String { data.path + "/" + SearchTextFile.relativePath }

    /// `keepsImportedIndex` false removes the list index the import left, for tests of a board
    /// whose index must be built.
    init(cases count: Int, seed: UInt64 = 5, contacts: Int = 120, keepsImportedIndex: Bool = false) throws {
        var template = Array("/tmp/enlace-perf-test-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw POSIXError(.EIO)
        }
        root = URL(fileURLWithPath: String(cString: made))
        generator = BoardGenerator(seed: seed, contactCount: contacts, registry: try Store.embeddedRegistry())
        cases = generator.makeCases(count: count)
        let store = try Store.create(at: data, sample: false, user: "bench")
        try store.importContacts(generator.contacts)
        try store.importCases(cases)
        if !keepsImportedIndex { _ = unlink(indexPath) }
    }

    /// The bytes of every case file.
    var caseFileBytes: Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: casesPath)) ?? []
        return names.reduce(0) { total, name in
            var status = stat()
            return total + (stat(casesPath + "/" + name, &status) == 0 ? Int(status.st_size) : 0)
        }
    }

    deinit {
        _ = chmod(data.path, 0o755)
        _ = chmod(casesPath, 0o755)
        try? FileManager.default.removeItem(at: root)
    }

    /// A store whose clock runs an hour ahead: every file on the board is older than the list
    /// index's two-second window of distrust, as on a board at rest.
    func store(mode: Store.Mode = .readWrite, calls: SystemCalls = .live) -> Store {
        Store(directory: data, mode: mode, user: "agarcia", lockTimeout: .seconds(5), calls: calls,
              now: { Timestamp(secondsSinceEpoch: Timestamp.now().secondsSinceEpoch + 3_600) })
    }

    /// A store whose clock runs an hour behind: every file looks changed just before its scans,
    /// too recently for the list index to trust.
    func storeWithClockBehind() -> Store {
        Store(directory: data, mode: .readWrite, user: "agarcia", lockTimeout: .seconds(5), calls: .live,
              now: { Timestamp(secondsSinceEpoch: Timestamp.now().secondsSinceEpoch - 3_600) })
    }

    func caseFile(_ id: String) -> String { casesPath + "/" + id + ".json" }

    /// Every file of the board (but the lock sidecar; directories change with any rename in
    /// them) with its inode, size and modification time.
    func stamps() -> [String: String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: data.path)) ?? []
        var result: [String: String] = [:]
        for name in names where name != ".lock" {
            var status = stat()
            guard lstat(data.path + "/" + name, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { continue }
            result[name] = "\(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        return result
    }
}

/// What the calling thread has read from files and pipes so far (`/proc/thread-self/io`): a
/// count of work, not a time, so it cannot flake on a busy machine.
enum ThreadReads {
    static var bytes: Int { field("rchar") }
    static var calls: Int { field("syscr") }

    private static func field(_ name: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/thread-self/io", encoding: .utf8) else { return -1 }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int(line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)) ?? -1
        }
        return -1
    }
}

/// System calls that remember which files were opened for writing and renamed.
final class SystemCallSpy: @unchecked Sendable {
    private let lock = NSLock()
    private var openedForWriting: [String] = []
    private var renamedTo: [String] = []

    var calls: SystemCalls {
        let live = SystemCalls.live
        return SystemCalls(
            open: { [self] path, flags, mode in
                if flags & (O_WRONLY | O_RDWR) != 0 { record { openedForWriting.append(path) } }
                return live.open(path, flags, mode)
            },
            write: live.write, fsync: live.fsync,
            rename: { [self] from, to in
                record { renamedTo.append(to) }
                return live.rename(from, to)
            })
    }

    var writes: [String] { lock.withLock { openedForWriting } }
    var renames: [String] { lock.withLock { renamedTo } }

    private func record(_ body: () -> Void) { lock.withLock(body) }
}
