import EnlaceFiles
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading, listing and writing the files of a data directory with plain system calls: fast on
/// 100,000 case files, and every failure a `StoreError.io` naming the file and the call.
struct FileAccess: Sendable {
    var calls: SystemCalls = .live

    /// Opens a file of the data directory that must be a regular file (`RegularFile.open`):
    /// anything else is `.damaged` with `.notRegularFile`. nil when the path does not exist.
    static func openRegular(
        _ path: String, flags: Int32, mode: mode_t = 0,
        open: (String, Int32, mode_t) -> Int32 = { Glibc.open($0, $1, $2) }
    ) throws(StoreError) -> Int32? {
        do {
            return try RegularFile.open(path, flags: flags, mode: mode, using: open)
        } catch {
            throw StoreError(error)
        }
    }

    static func notRegular(_ path: String, _ kind: FileKind) -> StoreError {
        StoreError(.notRegularFile(path: path, kind: kind))
    }

    /// The file's bytes, or nil when it does not exist. Only a regular file is read.
    func readIfPresent(_ path: String) throws(StoreError) -> Data? {
        guard let descriptor = try Self.openRegular(path, flags: O_RDONLY) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .io(path: path, operation: .status, errno: errno) }
        // A file larger than the decoder reads is refused unread, with its real size.
        let limit = LocatingDecoder.maximumFileSize
        if Int(status.st_size) > limit {
            throw .damaged(path: path, line: 0, column: 0, reason: .tooLarge(bytes: Int(status.st_size), limit: limit))
        }
        let expected = Int(status.st_size)
        var data = Data(count: expected)
        var total = 0
        while total < expected {
            let count = data.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + total, expected - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: .read, errno: errno)
            }
            if count == 0 { break }
            total += count
        }
        if total < expected { data.removeSubrange(total...) }
        return data
    }

    func read(_ path: String) throws(StoreError) -> Data {
        guard let data = try readIfPresent(path) else { throw .io(path: path, operation: .open, errno: ENOENT) }
        return data
    }

    func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Names in a directory except `.` and `..`; nil when the directory does not exist.
    func list(_ directory: String) throws(StoreError) -> [String]? {
        guard let stream = opendir(directory) else {
            if errno == ENOENT { return nil }
            throw .io(path: directory, operation: .list, errno: errno)
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Whether a directory has no entries but `.` and `..`, reading no more than three of them;
    /// nil when it does not exist.
    func isEmptyDirectory(_ directory: String) throws(StoreError) -> Bool? {
        guard let stream = opendir(directory) else {
            if errno == ENOENT { return nil }
            throw .io(path: directory, operation: .list, errno: errno)
        }
        defer { closedir(stream) }
        var count = 0
        while count < 3, readdir(stream) != nil { count += 1 }
        return count <= 2
    }

    /// The permission bits of a file, or nil when it does not exist.
    func mode(of path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }

    /// Makes a directory Enlace writes into, or finds it there: a real directory, never a link
    /// to one elsewhere or anything else.
    func makeDirectory(_ path: String, mode: mode_t) throws(StoreError) {
        if mkdir(path, mode) == 0 { return }
        guard errno == EEXIST else { throw .io(path: path, operation: .createDirectory, errno: errno) }
        try Self.requireRealDirectory(path)
    }

    /// Throws unless `path` is a directory itself (`lstat`), not a link to one.
    static func requireRealDirectory(_ path: String) throws(StoreError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { throw .io(path: path, operation: .status, errno: errno) }
        let kind = FileKind(mode: status.st_mode)
        if kind != .directory { throw .damaged(path: path, line: 0, column: 0, reason: .notRealDirectory(kind: kind)) }
    }

    func remove(_ path: String) throws(StoreError) {
        if unlink(path) != 0 && errno != ENOENT { throw .io(path: path, operation: .remove, errno: errno) }
    }

    /// Removes a file, or a directory and the files in it (an import's staging directory, which
    /// holds no directories).
    func removeEntry(_ path: String) throws(StoreError) {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return try remove(path) }
        for name in try list(path) ?? [] { try remove(path + "/" + name) }
        if rmdir(path) != 0 && errno != ENOENT { throw .io(path: path, operation: .remove, errno: errno) }
    }

    func syncDirectory(_ path: String) throws(StoreError) {
        do { try AtomicFile(calls: calls).syncDirectory(path) } catch { throw StoreError(error) }
    }

    /// Writes every byte, through short writes and interrupted calls.
    func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(StoreError) {
        do { try AtomicFile(calls: calls).writeAll(data, to: descriptor, path: path) } catch { throw StoreError(error) }
    }
}
