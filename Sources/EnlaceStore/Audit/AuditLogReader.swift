import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `audit.jsonl` back, line by line, for `enlace check` and for a load's look at its end.
///
/// An append is one `write`; a crash can cut it short, leaving a line that ends before its entry
/// does. Such a line is a warning wherever it is (the next append started a line of its own after
/// it); any other line that is not an audit entry is damage. Nothing here writes.
struct AuditLogReader {
    var path: String
    /// The directory's `.lock`: a torn end is only believed with the writers kept out.
    var lockPath: String

    /// Whether the log ends in the middle of a line: read from its last byte only, so a load
    /// pays nothing for a long history. False when there is no log.
    func endsInTornLine() -> Bool {
        lastByteIsNotNewline() && withWritersKeptOut { lastByteIsNotNewline() } != false
    }

    private func lastByteIsNotNewline() -> Bool {
        guard let descriptor = try? FileAccess.openRegular(path, flags: O_RDONLY) else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return false }
        var last: UInt8 = 0
        guard pread(descriptor, &last, 1, off_t(status.st_size - 1)) == 1 else { return false }
        return last != UInt8(ascii: "\n")
    }

    /// Runs `body` holding a shared lock on `.lock`, so no writer is half-way through an append
    /// (a reader can see the first part of a line whose write is still being copied in); false
    /// without running it when a writer holds the lock now (what looked torn is being written);
    /// nil when the sidecar cannot be opened (an old board; the body's answer is not confirmed).
    /// Held for the moment of one read, so writers waiting for the lock hardly notice.
    private func withWritersKeptOut(_ body: () -> Bool) -> Bool? {
        guard let descriptor = try? FileAccess.openRegular(lockPath, flags: O_RDONLY) else { return nil }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return false }
        defer { flock(descriptor, LOCK_UN) }
        return body()
    }

    /// Every line checked, the file read in pieces so a log of any size fits in memory.
    func check() throws(StoreError) -> AuditLogCheck {
        guard let descriptor = try FileAccess.openRegular(path, flags: O_RDONLY) else { return AuditLogCheck() }
        defer { close(descriptor) }
        var result = AuditLogCheck()
        var pending: [UInt8] = []
        var lineNumber = 0
        var oversized = false
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        // Where the line being collected starts in the file, to read it again if it looks torn.
        var offset = 0
        var pendingStart = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, operation: .read, errno: errno)
            }
            if count == 0 { break }
            defer { offset += count }
            var start = 0
            for index in 0..<count where chunk[index] == UInt8(ascii: "\n") {
                defer { pendingStart = offset + index + 1 }
                pending.append(contentsOf: chunk[start..<index])
                lineNumber += 1
                if oversized {
                    result.problems.append(DataProblem(
                        path: path, line: lineNumber, column: 1,
                        reason: .tooLarge(bytes: Self.maximumLineLength + 1, limit: Self.maximumLineLength)))
                } else {
                    inspect(pending, line: lineNumber, into: &result)
                }
                pending.removeAll(keepingCapacity: true)
                oversized = false
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
            // One line longer than any entry the store writes is damage; stop collecting it.
            if pending.count > Self.maximumLineLength {
                pending.removeAll(keepingCapacity: true)
                oversized = true
            }
        }
        if oversized {
            result.problems.append(DataProblem(
                path: path, line: lineNumber + 1, column: 1,
                reason: .tooLarge(bytes: Self.maximumLineLength + 1, limit: Self.maximumLineLength)))
        } else if !pending.isEmpty {
            // The log ends without a newline: an append that never finished, or one being
            // written right now. Read the end again with the writers kept out.
            let confirmed = withWritersKeptOut { () -> Bool in
                guard let tail = readTail(descriptor, from: pendingStart) else { return false }
                pending = tail
                return true
            }
            if confirmed == false { return result }
            var lines = pending.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let last = lines.removeLast()
            for line in lines {
                lineNumber += 1
                inspect(Array(line), line: lineNumber, into: &result)
            }
            if !last.allSatisfy(JSONLocator.isWhitespace) {
                lineNumber += 1
                let bytes = Array(last)
                if (try? JSONDecoder().decode(AuditEntry.self, from: Data(bytes))) != nil || Self.isCutShort(bytes) {
                    result.warnings.append(.tornAuditLine(path: path, line: lineNumber))
                } else {
                    inspect(bytes, line: lineNumber, into: &result)
                }
            }
        }
        return result
    }

    /// The bytes from `start` to the end of the file, at most one line's worth.
    private func readTail(_ descriptor: Int32, from start: Int) -> [UInt8]? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let count = min(max(Int(status.st_size) - start, 0), Self.maximumLineLength)
        var bytes = [UInt8](repeating: 0, count: count)
        var total = 0
        while total < count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + total, count - total, off_t(start + total)) }
            if got < 0, errno == EINTR { continue }
            if got <= 0 { break }
            total += got
        }
        return Array(bytes[..<total])
    }

    /// Longer lines are not read whole: an entry with every field of a case changed is far shorter.
    static let maximumLineLength = 16 << 20

    private func inspect(_ bytes: [UInt8], line: Int, into result: inout AuditLogCheck) {
        // A blank line holds no entry and hides none: nothing to warn about.
        if bytes.allSatisfy(JSONLocator.isWhitespace) { return }
        let data = Data(bytes)
        do {
            let entry = try JSONDecoder().decode(AuditEntry.self, from: data)
            if let duplicate = JSONLocator(bytes).firstDuplicateKey() {
                let column = JSONLocator(bytes).lineAndColumn(at: duplicate.offset).column
                result.problems.append(DataProblem(path: path, line: line, column: column, reason: duplicate.reason))
                return
            }
            result.trail.record(entry, line: line)
            result.entryCount += 1
        } catch {
            if Self.isCutShort(bytes) {
                result.warnings.append(.tornAuditLine(path: path, line: line))
                return
            }
            let problem: DataProblem = if let decoding = error as? DecodingError {
                LocatingDecoder.problem(for: decoding, in: data, path: path)
            } else {
                LocatingDecoder.problem(at: [], reason: .unreadable(detail: "\(error)"), in: data, path: path)
            }
            // The locator counted lines within this one line; the file's line number is `line`.
            result.problems.append(DataProblem(path: path, line: line, column: problem.column, reason: problem.reason))
        }
    }

    /// Whether `bytes` are the start of a JSON value that stops before its end (or nothing at all),
    /// possibly in the middle of a multi-byte character: what a torn append leaves.
    static func isCutShort(_ bytes: [UInt8]) -> Bool {
        var bytes = bytes
        while let last = bytes.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            bytes.removeLast()
        }
        bytes.removeLast(incompleteUTF8Suffix(bytes))
        if bytes.isEmpty { return true }
        return JSONLocator(bytes).firstSyntaxError()?.reason == .unexpectedEnd
    }

    /// How many bytes at the end begin a UTF-8 character that is not complete.
    private static func incompleteUTF8Suffix(_ bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        var continuation = 0
        while index >= 0, continuation < 3, bytes[index] & 0xC0 == 0x80 {
            continuation += 1
            index -= 1
        }
        guard index >= 0 else { return 0 }
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return length > continuation + 1 ? continuation + 1 : 0
    }
}
