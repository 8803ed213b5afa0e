/// The cases of a board: a collection of `Case` values like an array, stored so that changing
/// one case never copies the others.
///
/// An array of 100,000 cases that is shared — the search index built for the board's data
/// holds the data it indexed, the reloader its last load — is copied whole by the first change
/// after the sharing began: tens of milliseconds on the keyboard's thread for one saved note.
/// Here each case sits in an immutable box, and the boxes in chunks of `chunkSize`: a change
/// copies the list of chunks and the one chunk it touches (references, not cases), whoever
/// else holds the table. Unchanged cases stay the same boxes, which is how the search index
/// tells them from changed ones without comparing values.
public struct CaseTable: Sendable {
    /// Cases per chunk: a change copies at most this many references.
    public static let chunkSize = 1 << chunkShift
    private static let chunkShift = 9

    /// One case, never changed once boxed: sharing a box shares the case.
    final class Box: Sendable {
        let value: Case
        init(_ value: Case) { self.value = value }
    }

    /// Up to `chunkSize` boxes; every chunk but the last is full.
    private final class Chunk: @unchecked Sendable {
        // Mutated only through `CaseTable`'s copy-on-write, when uniquely referenced.
        var boxes: [Box]
        init(_ boxes: [Box]) { self.boxes = boxes }
    }

    private var chunks: [Chunk]
    public private(set) var count: Int
    /// Box references copied by changes (a shared chunk made this table's own, or the chunks
    /// laid out again): a count of work, for tests and the benchmarks. No `Case` value is ever
    /// copied by a change.
    public private(set) var referencesCopied = 0

    public init() {
        chunks = []
        count = 0
    }

    public init(_ cases: some Sequence<Case>) {
        self.init(boxes: cases.map(Box.init))
    }

    private init(boxes: [Box]) {
        chunks = stride(from: 0, to: boxes.count, by: Self.chunkSize).map { start in
            Chunk(Array(boxes[start..<Swift.min(start + Self.chunkSize, boxes.count)]))
        }
        count = boxes.count
    }

    /// The box at `position`: the same object for as long as that case is unchanged.
    func box(at position: Int) -> Box {
        chunks[position >> Self.chunkShift].boxes[position & (Self.chunkSize - 1)]
    }

    private var allBoxes: [Box] { chunks.flatMap(\.boxes) }

    /// Makes chunk `chunkIndex` this table's own, copying its references if it is shared.
    private mutating func ownChunk(_ chunkIndex: Int) {
        if !isKnownUniquelyReferenced(&chunks[chunkIndex]) {
            referencesCopied += chunks[chunkIndex].boxes.count
            chunks[chunkIndex] = Chunk(chunks[chunkIndex].boxes)
        }
    }
}

extension CaseTable: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Case {
        get {
            precondition(position >= 0 && position < count, "CaseTable index out of range")
            return box(at: position).value
        }
        set {
            precondition(position >= 0 && position < count, "CaseTable index out of range")
            let chunkIndex = position >> Self.chunkShift
            ownChunk(chunkIndex)
            chunks[chunkIndex].boxes[position & (Self.chunkSize - 1)] = Box(newValue)
        }
    }
}

extension CaseTable: RangeReplaceableCollection {
    public mutating func append(_ newElement: Case) {
        if let last = chunks.indices.last, chunks[last].boxes.count < Self.chunkSize {
            ownChunk(last)
            chunks[last].boxes.append(Box(newElement))
        } else {
            chunks.append(Chunk([Box(newElement)]))
        }
        count += 1
    }

    /// Any other change of length (a delete, an insert): the chunks are laid out again, which
    /// copies every reference but no case.
    public mutating func replaceSubrange(_ subrange: Range<Int>, with newElements: some Collection<Case>) {
        var boxes = allBoxes
        boxes.replaceSubrange(subrange, with: newElements.map(Box.init))
        let copied = referencesCopied + boxes.count
        self = CaseTable(boxes: boxes)
        referencesCopied = copied
    }
}

extension CaseTable: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Case...) { self.init(elements) }
}

extension CaseTable: Equatable {
    /// The same cases in the same order; shared chunks and boxes compare without their values.
    public static func == (lhs: CaseTable, rhs: CaseTable) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (left, right) in zip(lhs.chunks, rhs.chunks) where left !== right {
            for (a, b) in zip(left.boxes, right.boxes) where a !== b && a.value != b.value { return false }
        }
        return true
    }
}

extension CaseTable {
    /// Whether the case at `position` is the one at `otherPosition` in `other`: the same box
    /// (unchanged since one table was made from the other) or an equal value.
    public func holdsSameCase(at position: Int, as other: CaseTable, at otherPosition: Int) -> Bool {
        let mine = box(at: position)
        let theirs = other.box(at: otherPosition)
        return mine === theirs || mine.value == theirs.value
    }
}
