import EnlaceUI

/// From what a cell means (`Style`) to how it looks (`Appearance`): the only place colours are
/// chosen. Views never name a colour, so `NO_COLOR` and terminals without colour change this
/// mapping and nothing else.
public struct Theme: Sendable, Equatable {
    /// True when the theme uses attributes only (no colour sequence is ever sent).
    public let isMonochrome: Bool
    private let roles: [StyleRole: Appearance]

    private init(isMonochrome: Bool, roles: [StyleRole: Appearance]) {
        self.isMonochrome = isMonochrome
        self.roles = roles
    }

    /// The appearance of `style`: its role's, with the style's own emphasis added (a selected
    /// row is `reverse` whatever its role).
    public func appearance(for style: Style) -> Appearance {
        var appearance = roles[style.role] ?? .plain
        if style.emphasis.contains(.bold) { appearance.attributes.insert(.bold) }
        if style.emphasis.contains(.underline) { appearance.attributes.insert(.underline) }
        if style.emphasis.contains(.reverse) { appearance.attributes.insert(.reverse) }
        return appearance
    }

    /// The theme for a terminal: monochrome when `NO_COLOR` is set to anything but the empty
    /// string (no-color.org), or the terminal has fewer than 8 colours; otherwise colour, with
    /// the TLP amber of the 256-colour palette where there is one.
    public static func choose(environment: [String: String], hasColors: Bool, colorCount: Int) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        guard hasColors, colorCount >= 8 else { return .monochrome }
        return color(colorCount: colorCount)
    }

    /// Colours after the FIRST Traffic Light Protocol (RED, AMBER, GREEN, CLEAR) and the
    /// urgency of priorities and deadlines; everything else keeps the terminal's own colours.
    public static func color(colorCount: Int) -> Theme {
        // TLP's amber is #FFC000; 214 (#FFAF00) is the nearest in the 256-colour palette.
        let amber: TerminalColor = colorCount >= 256 ? .indexed(214) : .yellow
        var roles: [StyleRole: Appearance] = [:]
        for role in StyleRole.allCases {
            roles[role] = switch role {
            case .normal: .plain
            case .dim: Appearance(.dim)
            case .title: Appearance(.bold)
            case .header: Appearance(foreground: .cyan, .bold)
            case .border: Appearance(foreground: .blue)
            case .statusBar: Appearance(.reverse)
            case .hint: Appearance(.dim)
            case .key: Appearance(foreground: .cyan, .bold)
            case .error: Appearance(foreground: .red, .bold)
            case .warning: Appearance(foreground: amber, .bold)
            case .placeholder: Appearance(foreground: .magenta)
            case .tlpClear: Appearance(foreground: .white)
            case .tlpGreen: Appearance(foreground: .green)
            case .tlpAmber: Appearance(foreground: amber)
            case .tlpRed: Appearance(foreground: .red, .bold)
            case .priorityLow: Appearance(.dim)
            case .priorityMedium: .plain
            case .priorityHigh: Appearance(foreground: .yellow)
            case .priorityCritical: Appearance(foreground: .red, .bold)
            case .overdue: Appearance(foreground: .red, .bold)
            case .dueSoon: Appearance(foreground: amber)
            case .closed: Appearance(.dim)
            }
        }
        return Theme(isMonochrome: false, roles: roles)
    }

    /// Bold, underline, reverse and dim only: what matters most is bolder, what matters least
    /// is dimmer, and TLP:RED and critical stand out in reverse.
    public static let monochrome: Theme = {
        var roles: [StyleRole: Appearance] = [:]
        for role in StyleRole.allCases {
            roles[role] = switch role {
            case .normal, .border, .tlpClear, .tlpGreen, .priorityMedium: .plain
            case .dim, .hint, .placeholder, .priorityLow, .closed: Appearance(.dim)
            case .title, .key, .warning, .tlpAmber, .priorityHigh: Appearance(.bold)
            case .header: Appearance([.bold, .underline])
            case .statusBar: Appearance(.reverse)
            case .error, .tlpRed, .priorityCritical: Appearance([.bold, .reverse])
            case .overdue: Appearance([.bold, .underline])
            case .dueSoon: Appearance(.underline)
            }
        }
        return Theme(isMonochrome: true, roles: roles)
    }()
}
