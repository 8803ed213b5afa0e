import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `.cache/list-index-v1` in a data directory: the list rows and folded search text of every
/// case, each with the stamp of the case file it came from. Derived data only: never trusted
/// where a stamp differs, rebuilt when damaged or missing, deletable at any time.
///
/// Layout (little-endian): a 56-byte header (magic, format, entry count, the byte lengths and
/// checksums of the two sections), the entries section, then the text section, so that a
/// reader who needs no search text reads only the first part.
///
/// In memory the entries are kept in columns, so that a list of fresh rows is `rows` itself,
/// shared and not copied.
struct ListIndexFile {
    /// Entry by entry: the row of `cases/<row.id>.json`, that file's stamp when the row was
    /// made, and the row's search text within the text section.
    var rows: [CaseRow]
    var stamps: [FileStamp]
    var textRanges: [Range<Int>]
    /// The text section; nil when it was not asked for.
    var text: [UInt8]?

    static let relativePath = ".cache/list-index-v1"
    private static let magic: [UInt8] = Array("ENLIDX\r\n".utf8)
    private static let format: UInt32 = 3
    private static let headerSize = 56

    // MARK: Reading

    /// The index at `path`, or nil when it is missing, of another format, or damaged in any way.
    static func read(_ path: String, withText: Bool) -> ListIndexFile? {
        guard let descriptor = try? FileAccess.openRegular(path, flags: O_RDONLY) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= headerSize,
              let header = readBytes(descriptor, offset: 0, count: headerSize) else { return nil }
        var reader = ByteReader(header)
        guard reader.bytes(8) == magic, reader.uint32() == format, reader.uint32() != nil,
              let count = reader.uint64(), let entriesLength = reader.uint64(), let textLength = reader.uint64(),
              let entriesChecksum = reader.uint64(), let textChecksum = reader.uint64(),
              UInt64(status.st_size) == UInt64(headerSize) &+ entriesLength &+ textLength,
              entriesLength < UInt64(Int.max / 2), textLength < UInt64(Int.max / 2),
              let entriesBytes = readBytes(descriptor, offset: headerSize, count: Int(entriesLength)),
              checksum(entriesBytes) == entriesChecksum
        else { return nil }
        var text: [UInt8]?
        if withText {
            guard let bytes = readBytes(descriptor, offset: headerSize + Int(entriesLength), count: Int(textLength)),
                  checksum(bytes) == textChecksum else { return nil }
            text = bytes
        }
        guard var index = parseEntries(entriesBytes, count: count, textLength: Int(textLength)) else { return nil }
        index.text = text
        return index
    }

    private static func parseEntries(_ bytes: [UInt8], count: UInt64, textLength: Int) -> ListIndexFile? {
        guard count <= UInt64(bytes.count) else { return nil }
        var reader = ByteReader(bytes)
        var shared = SharedCaseValues()
        var index = ListIndexFile(rows: [], stamps: [], textRanges: [], text: nil)
        index.rows.reserveCapacity(Int(count))
        index.stamps.reserveCapacity(Int(count))
        index.textRanges.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let size = reader.uint64(), let modified = reader.int64(), let modifiedNanos = reader.int64(),
                  let changed = reader.int64(), let changedNanos = reader.int64(), let inode = reader.uint64(),
                  let id = reader.string(), let title = reader.string(), let hasTitleEs = reader.uint8(),
                  let titleEs = reader.string(),
                  let status = reader.uint8().flatMap({ Status.allCases.element(at: Int($0)) }),
                  let priority = reader.uint8().flatMap({ Priority.allCases.element(at: Int($0)) }),
                  let marking = reader.uint8().flatMap({ Marking.allCases.element(at: Int($0)) }),
                  let releasable = reader.uint8(), let lead = reader.string(),
                  let agencies = reader.strings(sharedIn: &shared), let tags = reader.strings(sharedIn: &shared),
                  let region = reader.string(sharedIn: &shared), let post = reader.string(sharedIn: &shared),
                  let owner = reader.string(sharedIn: &shared),
                  let opened = reader.int32(), let due = reader.int32(), let version = reader.int64(),
                  let updatedAt = reader.int64(), let textStart = reader.uint64(), let textCount = reader.uint64(),
                  textStart <= UInt64(textLength), textCount <= UInt64(textLength) - textStart
            else { return nil }
            index.rows.append(CaseRow(
                id: id, title: title, titleEs: hasTitleEs == 1 ? titleEs : nil, status: status, priority: priority,
                marking: marking, releasableToMexico: releasable == 1, leadAgency: lead,
                agencies: agencies, tags: tags, region: region, post: post, owner: owner, opened: Day(daysSinceEpoch: Int(opened)),
                due: due == noDay ? nil : Day(daysSinceEpoch: Int(due)), version: Int(version),
                updatedAt: Timestamp(secondsSinceEpoch: updatedAt)))
            index.stamps.append(FileStamp(
                size: size, modifiedSeconds: modified, modifiedNanoseconds: modifiedNanos, changedSeconds: changed,
                changedNanoseconds: changedNanos, inode: inode))
            index.textRanges.append(Int(textStart)..<Int(textStart + textCount))
        }
        guard reader.isAtEnd else { return nil }
        return index
    }

    private static let noDay = Int32.min

    private static func readBytes(_ descriptor: Int32, offset: Int, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var total = 0
        while total < count {
            let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + total, count - total, off_t(offset + total)) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { return nil }
            total += read
        }
        return bytes
    }

    // MARK: Writing

    /// The file's bytes: `entries` in order, each with its text taken from `text(entry)`.
    static func encode(_ entries: [(stamp: FileStamp, row: CaseRow)], text: (Int) -> ArraySlice<UInt8>) -> [UInt8] {
        var body = ByteWriter()
        var textSection: [UInt8] = []
        for (index, entry) in entries.enumerated() {
            let segment = text(index)
            let row = entry.row
            body.uint64(entry.stamp.size)
            body.int64(entry.stamp.modifiedSeconds)
            body.int64(entry.stamp.modifiedNanoseconds)
            body.int64(entry.stamp.changedSeconds)
            body.int64(entry.stamp.changedNanoseconds)
            body.uint64(entry.stamp.inode)
            body.string(row.id)
            body.string(row.title)
            body.uint8(row.titleEs == nil ? 0 : 1)
            body.string(row.titleEs ?? "")
            body.uint8(UInt8(Status.allCases.firstIndex(of: row.status) ?? 0))
            body.uint8(UInt8(Priority.allCases.firstIndex(of: row.priority) ?? 0))
            body.uint8(UInt8(Marking.allCases.firstIndex(of: row.marking) ?? 0))
            body.uint8(row.releasableToMexico ? 1 : 0)
            body.string(row.leadAgency)
            body.strings(row.agencies)
            body.strings(row.tags)
            body.string(row.region)
            body.string(row.post)
            body.string(row.owner)
            body.int32(Int32(clamping: row.opened.daysSinceEpoch))
            body.int32(row.due.map { Int32(clamping: $0.daysSinceEpoch) } ?? noDay)
            body.int64(Int64(row.version))
            body.int64(row.updatedAt.secondsSinceEpoch)
            body.uint64(UInt64(textSection.count))
            body.uint64(UInt64(segment.count))
            textSection.append(contentsOf: segment)
        }
        var header = ByteWriter()
        header.bytes.append(contentsOf: magic)
        header.uint32(format)
        header.uint32(0)
        header.uint64(UInt64(entries.count))
        header.uint64(UInt64(body.bytes.count))
        header.uint64(UInt64(textSection.count))
        header.uint64(checksum(body.bytes))
        header.uint64(checksum(textSection))
        return header.bytes + body.bytes + textSection
    }

    /// A fast checksum that a torn or zero-filled write cannot pass (FNV-1a over 8-byte words).
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes(checksum)
    }

    static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
        let words = raw.count / 8
        for index in 0..<words {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
        }
        for index in (words * 8)..<raw.count { hash = (hash ^ UInt64(raw[index])) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}

private extension Array {
    func element(at index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// Bounds-checked reading of the index's little-endian fields: a damaged file gives nil, never a crash.
struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, bytes.count - position >= count else { return nil }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    private mutating func integer<Value: FixedWidthInteger>(_ type: Value.Type) -> Value? {
        let size = MemoryLayout<Value>.size
        guard bytes.count - position >= size else { return nil }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: Value.self) }
        position += size
        return Value(littleEndian: value)
    }

    mutating func uint8() -> UInt8? { integer(UInt8.self) }
    mutating func uint32() -> UInt32? { integer(UInt32.self) }
    mutating func int32() -> Int32? { integer(Int32.self) }
    mutating func uint64() -> UInt64? { integer(UInt64.self) }
    mutating func int64() -> Int64? { integer(Int64.self) }

    mutating func string() -> String? {
        guard let length = uint32(), bytes.count - position >= Int(length) else { return nil }
        defer { position += Int(length) }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[position..<(position + Int(length))]), as: UTF8.self)
        }
    }

    /// `string()`, shared with the equal strings read before into `shared`.
    mutating func string(sharedIn shared: inout SharedCaseValues) -> String? {
        let start = position
        guard let length = uint32(), bytes.count - position >= Int(length) else { return nil }
        position += Int(length)
        let end = position
        return bytes.withUnsafeBytes { raw in
            shared.shareString(encoded: UnsafeRawBufferPointer(rebasing: raw[start..<end])) {
                var again = ByteReader(Array(raw[start..<end]))
                return again.string()
            }
        }
    }

    /// `strings()`, shared with the equal lists read before into `shared`.
    mutating func strings(sharedIn shared: inout SharedCaseValues) -> [String]? {
        let start = position
        guard let count = uint32() else { return nil }
        for _ in 0..<count {
            guard let length = uint32(), bytes.count - position >= Int(length) else { return nil }
            position += Int(length)
        }
        let end = position
        return bytes.withUnsafeBytes { raw in
            shared.shareList(encoded: UnsafeRawBufferPointer(rebasing: raw[start..<end])) {
                var again = ByteReader(Array(raw[start..<end]))
                return again.strings()
            }
        }
    }

    mutating func strings() -> [String]? {
        guard let count = uint32(), Int(count) <= bytes.count - position else { return nil }
        var result: [String] = []
        result.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let value = string() else { return nil }
            result.append(value)
        }
        return result
    }
}

/// The writing side of `ByteReader`.
struct ByteWriter {
    var bytes: [UInt8] = []

    private mutating func integer<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func uint8(_ value: UInt8) { bytes.append(value) }
    mutating func uint32(_ value: UInt32) { integer(value) }
    mutating func int32(_ value: Int32) { integer(value) }
    mutating func uint64(_ value: UInt64) { integer(value) }
    mutating func int64(_ value: Int64) { integer(value) }

    mutating func string(_ value: String) {
        uint32(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) {
        uint32(UInt32(values.count))
        for value in values { string(value) }
    }
}
