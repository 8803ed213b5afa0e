/// One terminal cell. A wide character fills its first cell; the cell after it is a
/// continuation that holds nothing of its own.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style
    /// True for the right half of a two-cell character.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
