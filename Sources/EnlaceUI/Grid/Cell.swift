import Synchronization

/// One terminal cell. A character wider than one cell (CJK, most emoji, a flag) fills its
/// first cell; the cells after it are continuations that hold nothing of their own.
///
/// Eight bytes and no reference: a character of one scalar (nearly every one on a board) is
/// kept as its scalar value, one of several scalars (a flag, a letter with a mark the text
/// did not compose) as a number in a table shared by all grids. So a 200×50 grid is filled,
/// copied and compared as plain memory, on every render and every paint.
public struct Cell: Sendable, Hashable {
    /// A scalar value, or `clusterBit` and the character's number in `Cell.clusters`.
    private var code: UInt32
    public var style: Style
    /// True for a cell covered by the character of a cell to its left.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        code = Self.code(of: character)
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A cell of one scalar, without looking at a `Character`.
    init(scalar: Unicode.Scalar, style: Style) {
        code = scalar.value
        self.style = style
        isContinuation = false
    }

    public var character: Character {
        get {
            if code & Self.clusterBit == 0 { return Character(Unicode.Scalar(code) ?? " ") }
            return Self.clusters.character(Int(code & ~Self.clusterBit))
        }
        set { code = Self.code(of: newValue) }
    }

    public static let blank = Cell()

    /// Above every scalar value (at most 0x10FFFF).
    private static let clusterBit: UInt32 = 1 << 31
    private static let clusters = ClusterTable()

    private static func code(of character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
        return clusterBit | UInt32(clusters.number(of: character))
    }
}

/// The characters of several scalars that cells have held, numbered in order of first use.
/// Few and small: a board shows a handful of flags or decomposed letters, if any.
private final class ClusterTable: Sendable {
    private let table = Mutex<(characters: [Character], numbers: [Character: Int])>(([], [:]))

    func number(of character: Character) -> Int {
        table.withLock { table in
            if let number = table.numbers[character] { return number }
            table.characters.append(character)
            table.numbers[character] = table.characters.count - 1
            return table.characters.count - 1
        }
    }

    func character(_ number: Int) -> Character {
        table.withLock { table in table.characters.indices.contains(number) ? table.characters[number] : " " }
    }
}
