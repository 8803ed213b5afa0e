import ArgumentParser
@testable import enlace
import Foundation
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

    /// `enlace list --help` as ArgumentParser writes it at 80 columns, before HelpLayout reads it.
    /// HelpLayout reads this layout (the two-space indent, the description column, the section
    /// titles, "(values: ...)" and "(default: ...)"); the test above would pass on a new layout
    /// it happens to read back, so this one pins the layout itself. When a new ArgumentParser
    /// makes it fail, check HelpLayout and the Spanish screens against the new layout, then
    /// update the text here.
    static let pinnedListHelp = """
        OVERVIEW: List cases, contacts or agencies, optionally filtered.

        USAGE: enlace list <kind> [--filter <query>] [--json] [--data <dir>] [--lang <lang>] [--lock-timeout <seconds>]

        ARGUMENTS:
          <kind>                  What to list: cases, contacts or agencies. (values:
                                  cases, contacts, agencies)

        OPTIONS:
          --filter <query>        A query, as in the board's filter: 'tag:fentanyl
                                  lead:DEA overdue'.
          --json                  One JSON document with the record field names of
                                  DESIGN.md.
          --data <dir>            The data directory (else $ENLACE_DATA, else
                                  $XDG_DATA_HOME/enlace).
          --lang <lang>           Language: en or es (else the board's default, else
                                  LC_ALL, LC_MESSAGES or LANG). (values: en, es)
          --lock-timeout <seconds>
                                  Seconds a save waits for another officer's save
                                  before giving up with exit code 3. (default: 5.0)
          -h, --help              Show help information.
        """

    @Test("ArgumentParser's own help for enlace list is the layout HelpLayout was written for")
    func pinnedUpstreamLayout() {
        let raw = EnlaceCommand.helpMessage(for: ListCommand.self, columns: 80)
        #expect(raw.trimmingCharacters(in: .newlines) == Self.pinnedListHelp, "ArgumentParser's help layout changed:\n\(raw)")
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
