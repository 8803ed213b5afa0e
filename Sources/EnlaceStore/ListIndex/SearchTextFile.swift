import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `.cache/search-text` in a data directory: the folded search text of every case
/// (`SearchableText`), which free words of a filter search with `memmem`, each with the stamp of
/// the case file it was folded from. Apart from the list index so that a first screen never
/// reads it; like it, derived data: a text is used only while its file's stamp is the same,
/// the file is rebuilt when damaged or missing, and deleting it is always safe.
///
/// Layout (little-endian): a 56-byte header (magic, format, entry count, the byte lengths and
/// checksums of the two sections), the entries section (by id: the id after the prefix it
/// shares with the one before, the file's stamp, the text's length), then the texts one after
/// the other in the entries' order.
struct SearchTextFile {
    var ids: [String]
    var stamps: [FileStamp]
    /// Where each entry's text ends in `text`; it starts where the one before ends.
    var ends: [Int]
    var text: [UInt8]

    static let relativePath = ".cache/search-text"
    private static let magic: [UInt8] = Array("ENLTXT\r\n".utf8)
    private static let format: UInt32 = 1
    private static let headerSize = 56

    func range(_ entry: Int) -> Range<Int> { (entry == 0 ? 0 : ends[entry - 1])..<ends[entry] }

    /// The file at `path`, or nil when it is missing, of another format, out of id order or
    /// damaged in any way.
    static func read(_ path: String) -> SearchTextFile? {
        guard let descriptor = try? FileAccess.openRegular(path, flags: O_RDONLY) else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= headerSize,
              let header = ListIndexFile.readBytes(descriptor, offset: 0, count: headerSize) else { return nil }
        var reader = ByteReader(header)
        guard reader.bytes(8) == magic, reader.uint32() == format, reader.uint32() != nil,
              let count = reader.uint64(), let entriesLength = reader.uint64(), let textLength = reader.uint64(),
              let entriesChecksum = reader.uint64(), let textChecksum = reader.uint64(),
              entriesLength < UInt64(Int.max / 4), textLength < UInt64(Int.max / 4),
              UInt64(status.st_size) == UInt64(headerSize) + entriesLength + textLength,
              count <= entriesLength,
              let entries = ListIndexFile.readBytes(descriptor, offset: headerSize, count: Int(entriesLength)),
              ListIndexFile.checksum(entries) == entriesChecksum,
              let text = ListIndexFile.readBytes(descriptor, offset: headerSize + Int(entriesLength), count: Int(textLength)),
              ListIndexFile.checksum(text) == textChecksum
        else { return nil }
        var file = SearchTextFile(ids: [], stamps: [], ends: [], text: text)
        file.ids.reserveCapacity(Int(count))
        file.stamps.reserveCapacity(Int(count))
        file.ends.reserveCapacity(Int(count))
        var entryReader = ByteReader(entries)
        var previousID: [UInt8] = []
        var end = 0
        for _ in 0..<count {
            guard let shared = entryReader.varint(), shared <= UInt64(previousID.count),
                  let suffix = entryReader.packedBytes(),
                  let size = entryReader.varint(), let modified = entryReader.zigzag(),
                  let modifiedNanos = entryReader.varint(), let changed = entryReader.zigzag(),
                  let changedNanos = entryReader.varint(), let inode = entryReader.varint(),
                  let length = entryReader.varint(), length <= UInt64(text.count - end)
            else { return nil }
            var id = Array(previousID.prefix(Int(shared)))
            id.append(contentsOf: suffix)
            // In strictly increasing id order, or not trusted: readers merge it with sorted rows.
            guard previousID.isEmpty || previousID.lexicographicallyPrecedes(id)
            else { return nil }
            previousID = id
            end += Int(length)
            file.ids.append(String(decoding: id, as: UTF8.self))
            file.stamps.append(FileStamp(
                size: size, modifiedSeconds: modified, modifiedNanoseconds: Int64(clamping: modifiedNanos),
                changedSeconds: modified &+ changed, changedNanoseconds: Int64(clamping: changedNanos), inode: inode))
            file.ends.append(end)
        }
        guard entryReader.isAtEnd, end == text.count else { return nil }
        return file
    }

    /// The file's bytes: one entry for each of `ids` (in increasing order), whose text is
    /// `text[ends[i - 1]..<ends[i]]`. Made as `Data` at once: the text is most of the file, and
    /// at 100,000 cases each copy of it is 80 MB more at an import's peak.
    static func encode(ids: [String], stamps: [FileStamp], text: [UInt8], ends: [Int]) -> Data {
        var entries = ByteWriter()
        entries.bytes.reserveCapacity(ids.count * 40)
        var previousID: [UInt8] = []
        for (index, id) in ids.enumerated() {
            let bytes = Array(id.utf8)
            let shared = zip(bytes, previousID).prefix { $0 == $1 }.count
            entries.varint(UInt64(shared))
            entries.packedBytes(bytes[shared...])
            previousID = bytes
            let stamp = stamps[index]
            entries.varint(stamp.size)
            entries.zigzag(stamp.modifiedSeconds)
            entries.varint(UInt64(bitPattern: stamp.modifiedNanoseconds))
            entries.zigzag(stamp.changedSeconds &- stamp.modifiedSeconds)
            entries.varint(UInt64(bitPattern: stamp.changedNanoseconds))
            entries.varint(stamp.inode)
            entries.varint(UInt64(ends[index] - (index == 0 ? 0 : ends[index - 1])))
        }
        var header = ByteWriter()
        header.bytes.append(contentsOf: magic)
        header.uint32(format)
        header.uint32(0)
        header.uint64(UInt64(ids.count))
        header.uint64(UInt64(entries.bytes.count))
        header.uint64(UInt64(text.count))
        header.uint64(ListIndexFile.checksum(entries.bytes))
        header.uint64(ListIndexFile.checksum(text))
        var data = Data(capacity: header.bytes.count + entries.bytes.count + text.count)
        data.append(contentsOf: header.bytes)
        data.append(contentsOf: entries.bytes)
        data.append(contentsOf: text)
        return data
    }
}
