/// A case's free texts — its title, summary, their Spanish versions, its next action and every
/// note — in one heap block.
///
/// A board of 100,000 cases holds every case at once. Kept as strings
/// and an array of notes, the texts of one case took five to ten heap blocks, each with a
/// header of 32 bytes and the allocator's rounding, and each note 48 bytes more; here they
/// take one block and 21 bytes a note. `Case` reads each text out when asked (a copy of its
/// bytes) and packs them all again when one changes.
///
/// The block: a header, an entry a note, then the UTF-8 of every text one after the other.
/// - header: where each of the five fields ends (5 × `UInt32`, counted from the first text
///   byte), which Spanish texts are given (`UInt8`: bit 0 `titleEs`, bit 1 `summaryEs`), and
///   how many notes there are (`UInt32`);
/// - a note: its time (`Int64` seconds), where its author, its amender and its text end
///   (3 × `UInt32`), and flags (`UInt8`: bit 0 releasable to Mexico, bit 1 amended); its
///   author, its amender's login, then its text, follow the previous note's text (the first
///   note's follow the next action).
///
/// A case whose texts together reach `unpackedSize` keeps them as the strings they were
/// given instead (a case file may be 256 MiB): reading one out then shares its storage, where
/// a copy of a 100 MB summary on every read would cost tens of milliseconds and 100 MB of new
/// pages, and views can tell the same text again by `==` at once (equal storage).
struct PackedCaseTexts: Sendable {
    enum Field: Int {
        case title, titleEs, summary, summaryEs, nextAction
    }

    /// The texts one by one, as `Case` takes and gives them.
    struct Parts {
        var title: String
        var titleEs: String?
        var summary: String
        var summaryEs: String?
        var nextAction: String
        var notes: [Note]
    }

    /// Texts of at least this many bytes together are kept unpacked.
    static let unpackedSize = 64 * 1024

    private enum Storage: Sendable {
        /// The block described above.
        case packed([UInt8])
        /// The texts as they were given, shared by every copy of the case.
        case unpacked(Unpacked)
    }

    private final class Unpacked: Sendable {
        let parts: Parts
        init(_ parts: Parts) { self.parts = parts }
    }

    private let storage: Storage

    /// Whether the texts are kept as the strings they were given (`unpackedSize`).
    var isUnpacked: Bool {
        if case .unpacked = storage { return true }
        return false
    }

    /// The packed block; empty when unpacked.
    private var bytes: [UInt8] {
        if case .packed(let bytes) = storage { return bytes }
        return []
    }

    private static let spanishGivenOffset = 5 * 4
    private static let noteCountOffset = spanishGivenOffset + 1
    private static let headerSize = noteCountOffset + 4
    private static let noteAuthorEndOffset = 8
    private static let noteAmenderEndOffset = noteAuthorEndOffset + 4
    private static let noteTextEndOffset = noteAmenderEndOffset + 4
    private static let noteFlagsOffset = noteTextEndOffset + 4
    private static let noteEntrySize = noteFlagsOffset + 1

    init(_ parts: Parts) {
        var textSize = parts.title.utf8.count + (parts.titleEs?.utf8.count ?? 0) + parts.summary.utf8.count
            + (parts.summaryEs?.utf8.count ?? 0) + parts.nextAction.utf8.count
        for note in parts.notes { textSize += note.author.utf8.count + (note.amendedBy?.utf8.count ?? 0) + note.text.utf8.count }
        if textSize >= Self.unpackedSize {
            storage = .unpacked(Unpacked(parts))
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.headerSize + parts.notes.count * Self.noteEntrySize + textSize)
        var end = 0
        func appendEnd(after text: String?) {
            end += text?.utf8.count ?? 0
            Self.append(UInt32(end), to: &bytes)
        }
        appendEnd(after: parts.title)
        appendEnd(after: parts.titleEs)
        appendEnd(after: parts.summary)
        appendEnd(after: parts.summaryEs)
        appendEnd(after: parts.nextAction)
        bytes.append((parts.titleEs == nil ? 0 : 1) | (parts.summaryEs == nil ? 0 : 2))
        Self.append(UInt32(parts.notes.count), to: &bytes)
        for note in parts.notes {
            Self.append(UInt64(bitPattern: note.at.secondsSinceEpoch), to: &bytes)
            appendEnd(after: note.author)
            appendEnd(after: note.amendedBy)
            appendEnd(after: note.text)
            bytes.append((note.releasableToMexico ? 1 : 0) | (note.amendedBy == nil ? 0 : 2))
        }
        // One by one, not from an array of the five: that array was a heap block for each case.
        bytes.append(contentsOf: parts.title.utf8)
        if let titleEs = parts.titleEs { bytes.append(contentsOf: titleEs.utf8) }
        bytes.append(contentsOf: parts.summary.utf8)
        if let summaryEs = parts.summaryEs { bytes.append(contentsOf: summaryEs.utf8) }
        bytes.append(contentsOf: parts.nextAction.utf8)
        for note in parts.notes {
            bytes.append(contentsOf: note.author.utf8)
            if let amendedBy = note.amendedBy { bytes.append(contentsOf: amendedBy.utf8) }
            bytes.append(contentsOf: note.text.utf8)
        }
        storage = .packed(bytes)
    }

    /// Every text, read out.
    var parts: Parts {
        if case .unpacked(let unpacked) = storage { return unpacked.parts }
        return Parts(title: self[.title], titleEs: self[spanish: .titleEs], summary: self[.summary],
              summaryEs: self[spanish: .summaryEs], nextAction: self[.nextAction], notes: notes)
    }

    /// The texts with `change` made: the whole block is packed again.
    mutating func change(_ change: (inout Parts) -> Void) {
        var parts = self.parts
        change(&parts)
        self = PackedCaseTexts(parts)
    }

    subscript(field: Field) -> String {
        if case .unpacked(let unpacked) = storage {
            let parts = unpacked.parts
            switch field {
            case .title: return parts.title
            case .titleEs: return parts.titleEs ?? ""
            case .summary: return parts.summary
            case .summaryEs: return parts.summaryEs ?? ""
            case .nextAction: return parts.nextAction
            }
        }
        return text(in: (field == .title ? 0 : end(of: Field(rawValue: field.rawValue - 1)!))..<end(of: field))
    }

    /// `titleEs` or `summaryEs`: nil when not given.
    subscript(spanish field: Field) -> String? {
        if case .unpacked(let unpacked) = storage {
            return field == .titleEs ? unpacked.parts.titleEs : unpacked.parts.summaryEs
        }
        let bit: UInt8 = field == .titleEs ? 1 : 2
        return bytes[Self.spanishGivenOffset] & bit != 0 ? self[field] : nil
    }

    var notes: [Note] {
        if case .unpacked(let unpacked) = storage { return unpacked.parts.notes }
        let bytes = self.bytes
        return (0..<Int(load(UInt32.self, at: Self.noteCountOffset))).map { index in
            let entry = Self.headerSize + index * Self.noteEntrySize
            let start = index == 0
                ? end(of: .nextAction) : Int(load(UInt32.self, at: entry - Self.noteEntrySize + Self.noteTextEndOffset))
            let authorEnd = Int(load(UInt32.self, at: entry + Self.noteAuthorEndOffset))
            let amenderEnd = Int(load(UInt32.self, at: entry + Self.noteAmenderEndOffset))
            let textEnd = Int(load(UInt32.self, at: entry + Self.noteTextEndOffset))
            let flags = bytes[entry + Self.noteFlagsOffset]
            return Note(
                at: Timestamp(secondsSinceEpoch: Int64(bitPattern: load(UInt64.self, at: entry))),
                author: text(in: start..<authorEnd), text: text(in: amenderEnd..<textEnd),
                releasableToMexico: flags & 1 != 0, amendedBy: flags & 2 != 0 ? text(in: authorEnd..<amenderEnd) : nil)
        }
    }

    // MARK: The block's parts

    private func end(of field: Field) -> Int { Int(load(UInt32.self, at: field.rawValue * 4)) }

    /// The text at `range`, counted from the first text byte.
    private func text(in range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = Self.headerSize + Int(load(UInt32.self, at: Self.noteCountOffset)) * Self.noteEntrySize
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[(start + range.lowerBound)..<(start + range.upperBound)]), as: UTF8.self)
        }
    }

    private func load<Value: FixedWidthInteger>(_: Value.Type, at offset: Int) -> Value {
        bytes.withUnsafeBytes { Value(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Value.self)) }
    }

    private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

extension PackedCaseTexts: Equatable {
    /// Text by text, as `String` compares (canonical equivalence), note by note; the same
    /// bytes — a case read again from an unchanged file, or the same value — answer at once.
    static func == (lhs: PackedCaseTexts, rhs: PackedCaseTexts) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.packed(let left), .packed(let right)) where left == right: return true
        case (.unpacked(let left), .unpacked(let right)) where left === right: return true
        default: break
        }
        let left = lhs.parts, right = rhs.parts
        return left.title == right.title && left.titleEs == right.titleEs && left.summary == right.summary
            && left.summaryEs == right.summaryEs && left.nextAction == right.nextAction && left.notes == right.notes
    }
}
