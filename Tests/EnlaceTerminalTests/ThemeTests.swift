import EnlaceUI
@testable import EnlaceTerminal
import Testing

@Suite("Theme")
struct ThemeTests {
    @Test("NO_COLOR set to anything gives the monochrome theme; empty NO_COLOR does not (no-color.org)")
    func noColor() {
        #expect(Theme.choose(environment: ["NO_COLOR": "1"], hasColors: true, colorCount: 256) == .monochrome)
        #expect(Theme.choose(environment: ["NO_COLOR": "yes please"], hasColors: true, colorCount: 256).isMonochrome)
        #expect(!Theme.choose(environment: ["NO_COLOR": ""], hasColors: true, colorCount: 256).isMonochrome)
        #expect(!Theme.choose(environment: [:], hasColors: true, colorCount: 8).isMonochrome)
    }

    @Test("a terminal without colours gets the monochrome theme")
    func withoutColours() {
        #expect(Theme.choose(environment: [:], hasColors: false, colorCount: 0) == .monochrome)
        #expect(Theme.choose(environment: [:], hasColors: true, colorCount: 2) == .monochrome)
    }

    @Test("the monochrome theme uses no colour at all, for any role or emphasis")
    func monochromeHasNoColour() {
        for role in StyleRole.allCases {
            for emphasis: Emphasis in [[], .bold, .reverse, .underline] {
                let appearance = Theme.monochrome.appearance(for: Style(role, emphasis))
                #expect(appearance.foreground == nil && appearance.background == nil, "\(role)")
            }
        }
    }

    @Test("TLP markings have their colours: RED red, AMBER amber (yellow on 8 colours), GREEN green, CLEAR white")
    func tlpColours() {
        let rich = Theme.color(colorCount: 256)
        let basic = Theme.color(colorCount: 8)
        #expect(rich.appearance(for: Style(.tlpRed)).foreground == .red)
        #expect(rich.appearance(for: Style(.tlpAmber)).foreground == .indexed(214))
        #expect(basic.appearance(for: Style(.tlpAmber)).foreground == .yellow)
        #expect(rich.appearance(for: Style(.tlpGreen)).foreground == .green)
        #expect(rich.appearance(for: Style(.tlpClear)).foreground == .white)
    }

    @Test("critical is red and bold, high is yellow, low is dim")
    func priorities() {
        let theme = Theme.color(colorCount: 256)
        #expect(theme.appearance(for: Style(.priorityCritical)) == Appearance(foreground: .red, .bold))
        #expect(theme.appearance(for: Style(.priorityHigh)).foreground == .yellow)
        #expect(theme.appearance(for: Style(.priorityLow)).attributes == .dim)
    }

    @Test("a selected row is reverse in either theme, keeping its role's look")
    func selectionIsReverse() {
        for theme in [Theme.color(colorCount: 256), .monochrome] {
            let selected = theme.appearance(for: Style(.tlpRed, .reverse))
            #expect(selected.attributes.contains(.reverse))
            #expect(selected.foreground == theme.appearance(for: Style(.tlpRed)).foreground)
        }
    }

    @Test("in monochrome, TLP:RED and critical still stand out from plain text and from each lesser level")
    func monochromeKeepsOrder() {
        let theme = Theme.monochrome
        let plain = theme.appearance(for: .normal)
        #expect(theme.appearance(for: Style(.tlpRed)) != plain)
        #expect(theme.appearance(for: Style(.tlpRed)) != theme.appearance(for: Style(.tlpAmber)))
        #expect(theme.appearance(for: Style(.priorityCritical)) != theme.appearance(for: Style(.priorityHigh)))
        #expect(theme.appearance(for: Style(.priorityHigh)) != theme.appearance(for: Style(.priorityMedium)))
    }
}
