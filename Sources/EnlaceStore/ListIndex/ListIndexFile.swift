import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `.cache/list-index-v1` in a data directory: the list row of every case (what a first
/// screen shows and what field terms test), each with the stamp of the case file it came from.
/// Derived data only: never trusted where a stamp differs, rebuilt when damaged or missing,
/// deletable at any time. The cases' folded search text is not here but in `SearchTextFile`,
/// which only free words need: the first screen reads a file of about a tenth of the cases'
/// JSON, not one nearly as large as they are.
///
/// Layout (little-endian): a 40-byte header (magic, format, entry count, the body's byte length
/// and checksum), then the body: a table of the vocabulary strings (agencies, tags, regions,
/// posts, owners), a table of the agency and tag lists, then one entry a case, each field a
/// variable-length integer or a string of one. Ids are stored after the prefix they share
/// with the id before; shared values as their position in the tables; stamps' seconds and
/// inodes as differences from the entry before. A case takes about 170 bytes.
///
/// In memory the entries are kept in columns, so that a list of fresh rows is `rows` itself,
/// shared and not copied.
struct ListIndexFile {
    /// Entry by entry: the row of `cases/<row.id>.json` and that file's stamp when the row was made.
    var rows: [CaseRow]
    var stamps: [FileStamp]

    static let relativePath = ".cache/list-index-v1"
    private static let magic: [UInt8] = Array("ENLIDX\r\n".utf8)
    /// 4: the search text moved to its own file, the entries packed. Older formats are rebuilt.
    private static let format: UInt32 = 4
    private static let headerSize = 40

    // MARK: Reading

    /// The index at `path`, or nil when it is missing, of another format, or damaged in any way.
    static func read(_ path: String) -> ListIndexFile? {
        guard let descriptor = try? FileAccess.openRegular(path, flags: O_RDONLY) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= headerSize,
              let header = readBytes(descriptor, offset: 0, count: headerSize) else { return nil }
        var reader = ByteReader(header)
        guard reader.bytes(8) == magic, reader.uint32() == format, reader.uint32() != nil,
              let count = reader.uint64(), let bodyLength = reader.uint64(), let bodyChecksum = reader.uint64(),
              UInt64(status.st_size) == UInt64(headerSize) &+ bodyLength, bodyLength < UInt64(Int.max / 2),
              let body = readBytes(descriptor, offset: headerSize, count: Int(bodyLength)),
              checksum(body) == bodyChecksum
        else { return nil }
        return parse(body, count: count)
    }

    private static func parse(_ bytes: [UInt8], count: UInt64) -> ListIndexFile? {
        guard count <= UInt64(bytes.count) else { return nil }
        var reader = ByteReader(bytes)
        guard let stringCount = reader.varint(), stringCount <= UInt64(bytes.count) else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(Int(stringCount))
        for _ in 0..<stringCount {
            guard let string = reader.packedString() else { return nil }
            strings.append(string)
        }
        guard let listCount = reader.varint(), listCount <= UInt64(bytes.count) else { return nil }
        // One array a distinct list, which every row holding that list shares.
        var lists: [[String]] = []
        lists.reserveCapacity(Int(listCount))
        for _ in 0..<listCount {
            guard let length = reader.varint(), length <= UInt64(bytes.count) else { return nil }
            var list: [String] = []
            list.reserveCapacity(Int(length))
            for _ in 0..<length {
                guard let string = reader.varint().flatMap({ strings.element(at: Int(clamping: $0)) }) else { return nil }
                list.append(string)
            }
            lists.append(list)
        }
        func string(_ reader: inout ByteReader) -> String? { reader.varint().flatMap { strings.element(at: Int(clamping: $0)) } }
        func list(_ reader: inout ByteReader) -> [String]? { reader.varint().flatMap { lists.element(at: Int(clamping: $0)) } }

        var index = ListIndexFile(rows: [], stamps: [])
        index.rows.reserveCapacity(Int(count))
        index.stamps.reserveCapacity(Int(count))
        var previousID: [UInt8] = []
        var previousModified: Int64 = 0
        var previousInode: Int64 = 0
        var previousUpdated: Int64 = 0
        for _ in 0..<count {
            guard let shared = reader.varint(), shared <= UInt64(previousID.count), let suffix = reader.packedBytes()
            else { return nil }
            previousID.removeSubrange(Int(shared)...)
            previousID.append(contentsOf: suffix)
            guard let title = reader.packedString(), let titleEsMark = reader.uint8(),
                  let titleEs = titleEsMark == 0 ? "" : reader.packedString(),
                  let flags = reader.uint8(),
                  let status = Status.allCases.element(at: Int(flags & 0x0F)),
                  let priority = Priority.allCases.element(at: Int((flags >> 4) & 0x03)),
                  let markingIndex = reader.uint8(),
                  let marking = Marking.allCases.element(at: Int(markingIndex)),
                  let lead = string(&reader), let agencies = list(&reader), let tags = list(&reader),
                  let region = string(&reader), let post = string(&reader), let owner = string(&reader),
                  let opened = reader.zigzag(), let dueMark = reader.varint(), let version = reader.varint(),
                  let updated = reader.zigzag(),
                  let size = reader.varint(), let modified = reader.zigzag(), let modifiedNanos = reader.varint(),
                  let changed = reader.zigzag(), let changedNanos = reader.varint(), let inode = reader.zigzag(),
                  version <= UInt64(Int.max), abs(opened) < Int64(Int32.max), dueMark < UInt64(Int32.max)
            else { return nil }
            let openedDays = Int(opened)
            previousUpdated &+= updated
            previousModified &+= modified
            previousInode &+= inode
            index.rows.append(CaseRow(
                id: String(decoding: previousID, as: UTF8.self), title: title, titleEs: titleEsMark == 0 ? nil : titleEs,
                status: status, priority: priority, marking: marking, releasableToMexico: flags & 0x40 != 0,
                leadAgency: lead, agencies: agencies, tags: tags, region: region, post: post, owner: owner,
                opened: Day(daysSinceEpoch: openedDays),
                due: dueMark == 0 ? nil : Day(daysSinceEpoch: openedDays + Self.unzigzag(dueMark - 1)),
                version: Int(version), updatedAt: Timestamp(secondsSinceEpoch: previousUpdated)))
            index.stamps.append(FileStamp(
                size: size, modifiedSeconds: previousModified, modifiedNanoseconds: Int64(clamping: modifiedNanos),
                changedSeconds: previousModified &+ changed, changedNanoseconds: Int64(clamping: changedNanos),
                inode: UInt64(bitPattern: previousInode)))
        }
        guard reader.isAtEnd else { return nil }
        return index
    }

    static func readBytes(_ descriptor: Int32, offset: Int, count: Int) -> [UInt8]? {
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

    private static func unzigzag(_ value: UInt64) -> Int {
        Int(truncatingIfNeeded: Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    // MARK: Writing

    /// The file's bytes: `entries` in order (by id, as `rows` are).
    static func encode(_ entries: [(stamp: FileStamp, row: CaseRow)]) -> [UInt8] {
        // The vocabulary first: each distinct string and list once, in order of first use.
        var stringPositions: [String: Int] = [:]
        var strings: [String] = []
        var listPositions: [[String]: Int] = [:]
        var lists: [[String]] = []
        func position(of string: String) -> Int {
            if let known = stringPositions[string] { return known }
            stringPositions[string] = strings.count
            strings.append(string)
            return strings.count - 1
        }
        func position(of list: [String]) -> Int {
            if let known = listPositions[list] { return known }
            for string in list { _ = position(of: string) }
            listPositions[list] = lists.count
            lists.append(list)
            return lists.count - 1
        }
        var rowsPart = ByteWriter()
        rowsPart.bytes.reserveCapacity(entries.count * 180)
        var previousID: [UInt8] = []
        var previousModified: Int64 = 0
        var previousInode: Int64 = 0
        var previousUpdated: Int64 = 0
        for (stamp, row) in entries {
            let id = Array(row.id.utf8)
            let shared = zip(id, previousID).prefix { $0 == $1 }.count
            rowsPart.varint(UInt64(shared))
            rowsPart.packedBytes(id[shared...])
            previousID = id
            rowsPart.packedString(row.title)
            if let titleEs = row.titleEs {
                rowsPart.uint8(1)
                rowsPart.packedString(titleEs)
            } else {
                rowsPart.uint8(0)
            }
            let status = UInt8(Status.allCases.firstIndex(of: row.status) ?? 0)
            let priority = UInt8(Priority.allCases.firstIndex(of: row.priority) ?? 0)
            rowsPart.uint8(status | priority << 4 | (row.releasableToMexico ? 0x40 : 0))
            rowsPart.uint8(UInt8(Marking.allCases.firstIndex(of: row.marking) ?? 0))
            rowsPart.varint(UInt64(position(of: row.leadAgency)))
            rowsPart.varint(UInt64(position(of: row.agencies)))
            rowsPart.varint(UInt64(position(of: row.tags)))
            rowsPart.varint(UInt64(position(of: row.region)))
            rowsPart.varint(UInt64(position(of: row.post)))
            rowsPart.varint(UInt64(position(of: row.owner)))
            let opened = Int64(clamping: row.opened.daysSinceEpoch)
            rowsPart.zigzag(opened)
            rowsPart.varint(row.due.map { Self.zigzagged(Int64(clamping: $0.daysSinceEpoch) &- opened) + 1 } ?? 0)
            rowsPart.varint(UInt64(max(0, row.version)))
            rowsPart.zigzag(row.updatedAt.secondsSinceEpoch &- previousUpdated)
            previousUpdated = row.updatedAt.secondsSinceEpoch
            rowsPart.varint(stamp.size)
            rowsPart.zigzag(stamp.modifiedSeconds &- previousModified)
            previousModified = stamp.modifiedSeconds
            rowsPart.varint(UInt64(bitPattern: stamp.modifiedNanoseconds))
            rowsPart.zigzag(stamp.changedSeconds &- stamp.modifiedSeconds)
            rowsPart.varint(UInt64(bitPattern: stamp.changedNanoseconds))
            let inode = Int64(bitPattern: stamp.inode)
            rowsPart.zigzag(inode &- previousInode)
            previousInode = inode
        }
        var body = ByteWriter()
        body.varint(UInt64(strings.count))
        for string in strings { body.packedString(string) }
        body.varint(UInt64(lists.count))
        for list in lists {
            body.varint(UInt64(list.count))
            for string in list { body.varint(UInt64(stringPositions[string] ?? 0)) }
        }
        body.bytes.append(contentsOf: rowsPart.bytes)
        var header = ByteWriter()
        header.bytes.append(contentsOf: magic)
        header.uint32(format)
        header.uint32(0)
        header.uint64(UInt64(entries.count))
        header.uint64(UInt64(body.bytes.count))
        header.uint64(checksum(body.bytes))
        return header.bytes + body.bytes
    }

    static func zigzagged(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }

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

extension Array {
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

    /// An unsigned LEB128 integer: seven bits a byte, the low ones first.
    mutating func varint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    /// A signed integer stored as `ByteWriter.zigzag` stores it.
    mutating func zigzag() -> Int64? {
        varint().map { Int64(bitPattern: ($0 >> 1) ^ (0 &- ($0 & 1))) }
    }

    /// Bytes after their count as a `varint`.
    mutating func packedBytes() -> ArraySlice<UInt8>? {
        guard let length = varint(), length <= UInt64(bytes.count - position) else { return nil }
        defer { position += Int(length) }
        return bytes[position..<(position + Int(length))]
    }

    /// A string's UTF-8 after its length as a `varint`.
    mutating func packedString() -> String? {
        guard let length = varint(), length <= UInt64(bytes.count - position) else { return nil }
        defer { position += Int(length) }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[position..<(position + Int(length))]), as: UTF8.self)
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

    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Small negative numbers in few bytes: 0, -1, 1, -2... as 0, 1, 2, 3...
    mutating func zigzag(_ value: Int64) {
        varint(ListIndexFile.zigzagged(value))
    }

    mutating func packedBytes(_ value: ArraySlice<UInt8>) {
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func packedString(_ value: String) {
        varint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }
}
