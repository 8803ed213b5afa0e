import ArgumentParser
@testable import enlace
import Testing

/// The help screen read back and wrapped again: in English it must be ArgumentParser's own
/// screen, character for character, so that the Spanish one is laid out the same way.
@Suite("Help screens laid out as ArgumentParser lays them out")
struct HelpLayoutTests {
    static let commands: [ParsableCommand.Type] = [EnlaceCommand.self] + EnlaceCommand.configuration.subcommands

    @Test("every command's help, read back and wrapped again, is ArgumentParser's own at widths from 30 to 200",
          arguments: [30, 47, 60, 80, 81, 120, 200])
    func sameAsArgumentParser(width: Int) {
        for command in Self.commands {
            let unwrapped = EnlaceCommand.helpMessage(for: command, columns: HelpLayout.unwrappedWidth)
            let own = EnlaceCommand.helpMessage(for: command, columns: width)
            let again = HelpLayout(unwrapped: unwrapped, usagePrefix: "USAGE: ").rendered(width: width)
            #expect(again == own, "\(command._commandName) at \(width) columns")
        }
    }

    @Test("a label made longer by its translation moves its description to the next line")
    func longerLabel() {
        let screen = HelpLayout(unwrapped: "SUBCOMMANDS:\n  board (default)         Open the board.\n", usagePrefix: "USAGE: ")
        let longer = screen.mapText { $0.replacingOccurrences(of: "(default)", with: "(predeterminado por omisión)") }
        #expect(longer.rendered(width: 80) == """
            SUBCOMMANDS:
              board (predeterminado por omisión)
                                      Open the board.

            """)
    }

    @Test("a description is wrapped under its column, never past the width")
    func wrapsDescription() {
        let screen = HelpLayout(
            unwrapped: "OPTIONS:\n  --data <dir>            one two three four five six seven eight nine ten\n",
            usagePrefix: "USAGE: ")
        let lines = screen.rendered(width: 50).split(separator: "\n")
        #expect(lines == [
            "OPTIONS:",
            "  --data <dir>            one two three four five",
            "                          six seven eight nine ten",
        ])
    }
}
