import EnlaceModel

/// What the wall display may show (`--max-marking`, `--releasable`): applied to the data by
/// `KioskData` before any view sees it, so a view cannot show what it was never given.
public struct KioskPolicy: Sendable, Equatable {
    /// The most restrictive marking shown in full; a case above it is a redacted line.
    public var ceiling: Marking
    /// Only cases, and notes, releasable to Mexico.
    public var releasableOnly: Bool

    public init(ceiling: Marking = .green, releasableOnly: Bool = false) {
        self.ceiling = ceiling
        self.releasableOnly = releasableOnly
    }
}
