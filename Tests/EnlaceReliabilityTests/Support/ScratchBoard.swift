import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private temp directory holding data directories; removed, with everything in it, when the
/// test drops it.
final class ScratchDirectory: @unchecked Sendable {
    let path: String

    init() throws {
        var template = Array("/tmp/enlace-reliability-XXXXXX".utf8CString)
        // The name is read inside the closure: the buffer mkdtemp filled in lives only that long.
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
        guard let made else { throw POSIXError(.EIO) }
        path = made
    }

    /// A fresh data directory with the fictional sample board, made by `enlace init --sample`.
    func sampleBoard(_ name: String = "board") throws -> String {
        let data = path + "/" + name
        let created = try Enlace.run(["init", "--sample", "--data", data])
        guard created.succeeded else { throw BoardFailure.initFailed(created.description) }
        return data
    }

    /// A copy of a data directory, modes kept (`cp -a`).
    func copy(_ source: String, as name: String) throws -> String {
        let target = path + "/" + name
        let copied = try Enlace.runProgram("/bin/cp", ["-a", source, target], environment: Enlace.environment())
        guard copied.succeeded else { throw BoardFailure.copyFailed(copied.description) }
        return target
    }

    deinit {
        _ = try? Enlace.runProgram("/bin/rm", ["-rf", path], environment: Enlace.environment())
    }

    enum BoardFailure: Error {
        case initFailed(String)
        case copyFailed(String)
    }
}

/// The bytes of every file of a data directory but the lock sidecar, by relative path.
struct BoardSnapshot: Equatable {
    var files: [String: Data]

    init(_ directory: String) {
        files = [:]
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? []
        for name in names where name != ".lock" {
            var status = stat()
            guard lstat(directory + "/" + name, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            files[name] = FileManager.default.contents(atPath: directory + "/" + name) ?? Data()
        }
    }

    /// Hidden temp files a writer makes beside the file it replaces (`.MX-2026-0001.json.tmp-…`).
    static func isTemp(_ relativePath: String) -> Bool {
        let name = (relativePath as NSString).lastPathComponent
        return name.hasPrefix(".") && name.contains(".tmp-")
    }

    var tempFiles: [String] { files.keys.filter(Self.isTemp).sorted() }

    /// Everything but the temp files.
    var withoutTemps: BoardSnapshot {
        var copy = self
        copy.files = files.filter { !Self.isTemp($0.key) }
        return copy
    }
}

/// JSON read back for comparison.
enum JSONFile {
    static func object(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    static func array(_ data: Data) -> [[String: Any]]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]]
    }

    /// The lines of `audit.jsonl`, each parsed; nil when any line is not a JSON object.
    static func auditLines(_ data: Data) -> [[String: Any]]? {
        var lines: [[String: Any]] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = object(Data(line)) else { return nil }
            lines.append(object)
        }
        return lines
    }

    /// Whether two JSON values are equal as values (key order and spacing aside).
    static func same(_ left: Any?, _ right: Any?) -> Bool {
        guard let left, let right else { return left == nil && right == nil }
        return NSDictionary(dictionary: ["v": left]).isEqual(to: ["v": right])
    }
}
