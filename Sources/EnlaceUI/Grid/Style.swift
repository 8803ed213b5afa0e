/// What a cell means, not how it looks: views say "this is a TLP:RED marking" and the terminal
/// decides the colours (or, under `NO_COLOR`, the monochrome attributes).
public enum StyleRole: UInt8, Sendable, CaseIterable, Hashable {
    case normal, dim, title, header, border, statusBar, hint, key, error, warning, placeholder
    case tlpClear, tlpGreen, tlpAmber, tlpRed
    case priorityLow, priorityMedium, priorityHigh, priorityCritical
    case overdue, dueSoon, closed
}

/// Emphasis that holds in colour and in monochrome alike.
public struct Emphasis: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Emphasis(rawValue: 1 << 0)
    public static let reverse = Emphasis(rawValue: 1 << 1)
    public static let underline = Emphasis(rawValue: 1 << 2)
}

/// A role with its emphasis.
public struct Style: Sendable, Hashable {
    public var role: StyleRole
    public var emphasis: Emphasis

    public init(_ role: StyleRole = .normal, _ emphasis: Emphasis = []) {
        self.role = role
        self.emphasis = emphasis
    }

    public static let normal = Style()
}
