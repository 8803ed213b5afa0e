/// A case's free texts — its title, summary, their Spanish versions, its next action and every
/// note — in one heap block.
///
/// A board of 100,000 cases holds every case at once (issue 8's memory row). Kept as strings
/// and an array of notes, the texts of one case took five to ten heap blocks, each with a
/// header of 32 bytes and the allocator's rounding, and each note 48 bytes more; here they
/// take one block and 17 bytes a note. `Case` reads each text out when asked: a copy of the
/// bytes, as cheap as the strings it replaces were to pass around.
///
/// The block: a header, an entry a note, then the UTF-8 of every text one after the other.
/// - header: where each of the five fields ends (5 × `UInt32`, counted from the first text
///   byte), which Spanish texts are given (`UInt8`: bit 0 `titleEs`, bit 1 `summaryEs`), and
///   how many notes there are (`UInt32`);
/// - a note: its time (`Int64` seconds), where its author and its text end (2 × `UInt32`),
///   and whether it is releasable to Mexico (`UInt8`); its author, then its text, follow the
///   previous note's text (the first note's follow the next action).
struct PackedCaseTexts: Sendable {
    enum Field: Int, CaseIterable {
        case title, titleEs, summary, summaryEs, nextAction
    }

    private var bytes: [UInt8]

    private static let headerSize = 5 * 4 + 1 + 4
    private static let noteEntrySize = 8 + 4 + 4 + 1

    init(title: String, titleEs: String?, summary: String, summaryEs: String?, nextAction: String, notes: [Note]) {
        // No arrays in between: a large board's first screen packs 100,000 skeletons.
        let ends = (title.utf8.count, (titleEs?.utf8.count ?? 0), summary.utf8.count, (summaryEs?.utf8.count ?? 0), nextAction.utf8.count)
        var textSize = ends.0 + ends.1 + ends.2 + ends.3 + ends.4
        for note in notes { textSize += note.author.utf8.count + note.text.utf8.count }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.headerSize + notes.count * Self.noteEntrySize + textSize)
        var end = 0
        for length in [ends.0, ends.1, ends.2, ends.3] {
            end += length
            Self.append(UInt32(end), to: &bytes)
        }
        end += ends.4
        Self.append(UInt32(end), to: &bytes)
        bytes.append((titleEs == nil ? 0 : 1) | (summaryEs == nil ? 0 : 2))
        Self.append(UInt32(notes.count), to: &bytes)
        for note in notes {
            Self.append(UInt64(bitPattern: note.at.secondsSinceEpoch), to: &bytes)
            end += note.author.utf8.count
            Self.append(UInt32(end), to: &bytes)
            end += note.text.utf8.count
            Self.append(UInt32(end), to: &bytes)
            bytes.append(note.releasableToMexico ? 1 : 0)
        }
        bytes.append(contentsOf: title.utf8)
        if let titleEs { bytes.append(contentsOf: titleEs.utf8) }
        bytes.append(contentsOf: summary.utf8)
        if let summaryEs { bytes.append(contentsOf: summaryEs.utf8) }
        bytes.append(contentsOf: nextAction.utf8)
        for note in notes {
            bytes.append(contentsOf: note.author.utf8)
            bytes.append(contentsOf: note.text.utf8)
        }
        self.bytes = bytes
    }

    subscript(field: Field) -> String {
        get { text(in: fieldRange(field)) }
        set { self = rebuilt { $0[field.rawValue] = newValue } }
    }

    /// `titleEs` or `summaryEs`: nil when not given.
    subscript(spanish field: Field) -> String? {
        get { isGiven(field) ? self[field] : nil }
        set {
            self = rebuilt(titleEs: field == .titleEs ? .some(newValue) : nil,
                           summaryEs: field == .summaryEs ? .some(newValue) : nil) { _ in }
        }
    }

    var notes: [Note] {
        get {
            (0..<noteCount).map { index in
                let entry = Self.headerSize + index * Self.noteEntrySize
                let start = index == 0 ? fieldEnd(.nextAction) : Int(load(UInt32.self, at: entry - Self.noteEntrySize + 12))
                let authorEnd = Int(load(UInt32.self, at: entry + 8))
                let textEnd = Int(load(UInt32.self, at: entry + 12))
                return Note(
                    at: Timestamp(secondsSinceEpoch: Int64(bitPattern: load(UInt64.self, at: entry))),
                    author: text(in: start..<authorEnd), text: text(in: authorEnd..<textEnd),
                    releasableToMexico: bytes[entry + 16] != 0)
            }
        }
        set {
            self = PackedCaseTexts(title: self[.title], titleEs: self[spanish: .titleEs], summary: self[.summary],
                                   summaryEs: self[spanish: .summaryEs], nextAction: self[.nextAction], notes: newValue)
        }
    }

    // MARK: Reading the block

    private var noteCount: Int { Int(load(UInt32.self, at: 21)) }

    private var textStart: Int { Self.headerSize + noteCount * Self.noteEntrySize }

    private func fieldEnd(_ field: Field) -> Int { Int(load(UInt32.self, at: field.rawValue * 4)) }

    private func fieldRange(_ field: Field) -> Range<Int> {
        (field == .title ? 0 : fieldEnd(Field(rawValue: field.rawValue - 1)!))..<fieldEnd(field)
    }

    private func isGiven(_ field: Field) -> Bool {
        switch field {
        case .titleEs: bytes[20] & 1 != 0
        case .summaryEs: bytes[20] & 2 != 0
        default: true
        }
    }

    /// The text at `range`, counted from the first text byte.
    private func text(in range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = textStart
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[(start + range.lowerBound)..<(start + range.upperBound)]), as: UTF8.self)
        }
    }

    private func load<Value: FixedWidthInteger>(_: Value.Type, at offset: Int) -> Value {
        bytes.withUnsafeBytes { Value(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Value.self)) }
    }

    // MARK: Writing it

    /// The same texts with `change` made to the five fields (in `Field` order), and the Spanish
    /// ones replaced where given (`.some(nil)` takes one away).
    private func rebuilt(titleEs: String??, summaryEs: String??, _ change: (inout [String]) -> Void) -> PackedCaseTexts {
        var fields = Field.allCases.map { self[$0] }
        change(&fields)
        let newTitleEs = titleEs ?? (isGiven(.titleEs) ? fields[1] : nil)
        let newSummaryEs = summaryEs ?? (isGiven(.summaryEs) ? fields[3] : nil)
        return PackedCaseTexts(title: fields[0], titleEs: newTitleEs, summary: fields[2], summaryEs: newSummaryEs,
                               nextAction: fields[4], notes: notes)
    }

    private func rebuilt(_ change: (inout [String]) -> Void) -> PackedCaseTexts {
        rebuilt(titleEs: nil, summaryEs: nil, change)
    }

    private static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

extension PackedCaseTexts: Equatable {
    /// Text by text, as `String` compares (canonical equivalence), note by note; the same
    /// bytes — a case read again from an unchanged file, or the same value — answer at once.
    static func == (lhs: PackedCaseTexts, rhs: PackedCaseTexts) -> Bool {
        if lhs.bytes == rhs.bytes { return true }
        return Field.allCases.allSatisfy { lhs[$0] == rhs[$0] }
            && lhs.isGiven(.titleEs) == rhs.isGiven(.titleEs) && lhs.isGiven(.summaryEs) == rhs.isGiven(.summaryEs)
            && lhs.notes == rhs.notes
    }
}
