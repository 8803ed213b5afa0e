/// The terminal's size in cells.
public struct ScreenSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Below this the board only says the terminal is too small.
    public static let minimum = ScreenSize(width: 60, height: 16)

    public var isTooSmall: Bool { width < ScreenSize.minimum.width || height < ScreenSize.minimum.height }
}
