import EnlaceModel
@testable import EnlaceStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory under /tmp, removed when the test ends.
final class TestDirectory {
    let url: URL
    var path: String { url.path }

    init() throws {
        var template = Array("/tmp/enlace-store-test-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw POSIXError(.EIO)
        }
        url = URL(fileURLWithPath: String(cString: made))
    }

    deinit {
        // Tests may leave directories unwritable; give them back before removing.
        _ = chmod(path, 0o755)
        if let names = try? FileManager.default.subpathsOfDirectory(atPath: path) {
            for name in names { _ = chmod(path + "/" + name, 0o755) }
        }
        try? FileManager.default.removeItem(at: url)
    }

    /// The data directory inside (not created).
    var data: URL { url.appendingPathComponent("data") }

    func bytes(_ relative: String) -> Data? {
        FileManager.default.contents(atPath: data.path + "/" + relative)
    }

    func text(_ relative: String) -> String? {
        bytes(relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func write(_ text: String, to relative: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: data.path + "/" + relative))
    }

    /// Every path in the data directory with its mode and size: to prove nothing changed.
    func listing() -> [String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: data.path)) ?? []
        return names.sorted().map { name in
            var status = stat()
            _ = lstat(data.path + "/" + name, &status)
            return "\(name) \(String(status.st_mode, radix: 8)) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
    }

    /// Every file's bytes except the lock sidecar's: what an all-or-nothing write must keep.
    func contents() -> [String: Data] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: data.path)) ?? []
        var result: [String: Data] = [:]
        for name in names where name != ".lock" {
            result[name] = FileManager.default.contents(atPath: data.path + "/" + name) ?? Data("<directory>".utf8)
        }
        return result
    }

    func mode(_ relative: String) -> mode_t? {
        var status = stat()
        guard stat(data.path + "/" + relative, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }

    func auditLines() -> [String] {
        (text("audit.jsonl") ?? "").split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}

enum Sample {
    static let opened = Day(year: 2026, month: 3, day: 2)!
    static let clock: @Sendable () -> Timestamp = { Timestamp(day: Day(year: 2026, month: 3, day: 9)!, hour: 15) }

    static func newCase(_ id: String = "MX-2026-0042", title: String = "Precursor shipment at Manzanillo") -> Case {
        Case(
            id: id, title: title, summary: "Fiscalía asks for the manifest / bill of lading", status: .active,
            priority: .high, marking: .amber, leadAgency: "DEA", agencies: ["FGR"], opened: opened,
            createdAt: Timestamp(day: opened), createdBy: "someone")
    }

    /// A store on `directory` with a fixed clock, and the given system calls.
    static func store(
        _ directory: TestDirectory, mode: Store.Mode = .readWrite, user: String = "agarcia",
        lockTimeout: Duration = .seconds(5), calls: SystemCalls = .live
    ) -> Store {
        Store(directory: directory.data, mode: mode, user: user, lockTimeout: lockTimeout, calls: calls, now: clock)
    }

    /// An empty data directory made by `Store.create`.
    static func created(_ directory: TestDirectory, sample: Bool = false) throws -> Store {
        _ = try Store.create(at: directory.data, sample: sample, user: "agarcia")
        return store(directory)
    }
}

extension SystemCalls {
    /// Live calls, except that `failing` returns -1 with `errno` for paths containing `matching`
    /// (descriptor-based calls fail for any descriptor opened on such a path).
    static func failing(_ call: String, errno failure: Int32, matching: String = ".tmp-") -> SystemCalls {
        let live = SystemCalls.live
        let watched = WatchedDescriptors()
        return SystemCalls(
            open: { path, flags, mode in
                if call == "open" && path.contains(matching) {
                    errno = failure
                    return -1
                }
                let descriptor = live.open(path, flags, mode)
                if path.contains(matching) { watched.insert(descriptor) }
                return descriptor
            },
            write: { descriptor, buffer, count in
                if call == "write" && watched.contains(descriptor) {
                    errno = failure
                    return -1
                }
                return live.write(descriptor, buffer, count)
            },
            fsync: { descriptor in
                if call == "fsync" && watched.contains(descriptor) {
                    errno = failure
                    return -1
                }
                return live.fsync(descriptor)
            },
            rename: { from, to in
                if call == "rename" && from.contains(matching) {
                    errno = failure
                    return -1
                }
                return live.rename(from, to)
            })
    }
}

final class WatchedDescriptors: @unchecked Sendable {
    private var descriptors: Set<Int32> = []
    private let lock = NSLock()
    func insert(_ descriptor: Int32) { lock.lock(); descriptors.insert(descriptor); lock.unlock() }
    func contains(_ descriptor: Int32) -> Bool { lock.lock(); defer { lock.unlock() }; return descriptors.contains(descriptor) }
}
