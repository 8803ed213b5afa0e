import ArgumentParser
import EnlaceModel
import EnlaceText
import EnlaceUI

/// `enlace list cases|contacts|agencies [--filter Q] [--json]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List cases, contacts or agencies, optionally filtered.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case cases, contacts, agencies
    }

    @Argument(help: "What to list: cases, contacts or agencies.")
    var kind: Kind

    @Option(name: .long, help: "A query, as in the board's filter: 'tag:fentanyl lead:DEA overdue'.")
    var filter: String?

    @Flag(name: .long, help: "One JSON document with the record field names of DESIGN.md.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try OpenedBoard.open(global)
        let query = try board.query(filter)
        let context = board.queryContext
        let language = board.language
        switch kind {
        case .cases:
            let cases = board.data.cases.filter { query?.matches($0, context) ?? true }.sorted { $0.id < $1.id }
            if json { return Console.write(try JSONOutput.encode(cases)) }
            var table = TextTable(headers: [.headerID, .headerPriority, .headerStatus, .headerMarking, .headerLead,
                                            .headerDue, .headerTitle].map { CLIPhrase.text($0)(language) })
            for record in cases {
                table.append([record.id, record.priority.phrase(language), record.status.phrase(language),
                              record.marking.rawValue, record.leadAgency, record.due?.iso ?? "—",
                              record.title(language)])
            }
            Console.write(table.render(width: TerminalWidth.ofStandardOutput()))
        case .contacts:
            let contacts = board.data.contacts.filter { query?.matches($0, context) ?? true }
            if json { return Console.write(try JSONOutput.encode(contacts)) }
            var table = TextTable(headers: [.headerID, .headerAgency, .headerPost, .headerName, .headerRole]
                .map { CLIPhrase.text($0)(language) })
            for contact in contacts {
                table.append([contact.id, contact.agency, contact.post, contact.name, contact.role])
            }
            Console.write(table.render(width: TerminalWidth.ofStandardOutput()))
        case .agencies:
            let agencies = board.data.registry.agencies.filter { query?.matches($0, context) ?? true }
            if json { return Console.write(try JSONOutput.encode(agencies)) }
            var table = TextTable(headers: [.headerCode, .headerCountry, .headerCounterparts, .headerName]
                .map { CLIPhrase.text($0)(language) })
            for agency in agencies {
                table.append([agency.code, agency.country.rawValue, agency.counterparts.joined(separator: ","),
                              agency.name.text(language)])
            }
            Console.write(table.render(width: TerminalWidth.ofStandardOutput()))
        }
    }
}

extension CLIPhrase {
    /// `CLIPhrase.text(.headerID)(language)`: a key as a function of the language, for lists of headers.
    static func text(_ phrase: CLIPhrase) -> (Language) -> String { { phrase.text($0) } }
}
