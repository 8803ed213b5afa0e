import ArgumentParser
import EnlaceModel
import EnlaceText
import EnlaceUI

/// `enlace list cases|contacts|agencies [--filter Q] [--json]`.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: CommandLineLanguage.text(.listAbstract))

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case cases, contacts, agencies
    }

    @Argument(help: .phrase(.listKindHelp, value: .kindValue))
    var kind: Kind

    @Option(name: .long, help: .phrase(.listFilterHelp, value: .queryValue), completion: DataCompletion.filter)
    var filter: String?

    @Flag(name: .long, help: .phrase(.listJSONHelp))
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try IndexedBoard.open(global, searchText: kind == .cases && IndexedBoard.needsSearchText(filter))
        let query = try board.query(filter)
        try reportingFailures(in: board.language) { try refuseTermsNotFor(kind, in: query) }
        let context = board.queryContext
        let language = board.language
        let data = board.loaded
        switch kind {
        case .cases:
            let list = data.cases
            let positions = query.map { list.filter($0, context: context) } ?? Array(list.rows.indices)
            if json {
                // Only the matching files are decoded; the query is checked again on the whole case.
                let (cases, problems) = board.store.loadCases(ids: positions.map { list.rows[$0].id })
                for problem in problems { Console.warn(problem.error.message(language)) }
                try Console.write(try JSONOutput.encode(cases.filter { query?.matches($0, context) ?? true }), in: language)
                return try refuseUnreadable(data.problems.count + problems.count, board: board)
            }
            var table = TextTable(headers: [.headerID, .headerPriority, .headerStatus, .headerMarking, .headerLead,
                                            .headerDue, .headerTitle].map { CLIPhrase.text($0)(language) })
            for position in positions {
                let record = list.rows[position]
                table.append([record.id, record.priority.phrase(language), record.status.phrase(language),
                              record.marking.rawValue, record.leadAgency, record.due?.iso ?? "—",
                              language == .es ? (record.titleEs ?? record.title) : record.title])
            }
            try Console.write(table.render(width: TerminalWidth.ofStandardOutput()), in: language)
            try refuseUnreadable(data.problems.count, board: board)
        case .contacts:
            let contacts = data.contacts.filter { query?.matches($0, context) ?? true }
            if json { return try Console.write(try JSONOutput.encode(contacts), in: language) }
            var table = TextTable(headers: [.headerID, .headerAgency, .headerPost, .headerName, .headerRole]
                .map { CLIPhrase.text($0)(language) })
            for contact in contacts {
                table.append([contact.id, contact.agency, contact.post, contact.name, contact.role])
            }
            try Console.write(table.render(width: TerminalWidth.ofStandardOutput()), in: language)
        case .agencies:
            let agencies = data.registry.agencies.filter { query?.matches($0, context) ?? true }
            if json { return try Console.write(try JSONOutput.encode(agencies), in: language) }
            var table = TextTable(headers: [.headerCode, .headerCountry, .headerCounterparts, .headerName]
                .map { CLIPhrase.text($0)(language) })
            for agency in agencies {
                table.append([agency.code, agency.country.rawValue, agency.counterparts.joined(separator: ","),
                              agency.name.text(language)])
            }
            try Console.write(table.render(width: TerminalWidth.ofStandardOutput()), in: language)
        }
    }
}

extension ListCommand {
    /// A listing of cases that left out case files it could not read says so last, and exits
    /// 2: a script must not take 45 cases for the whole board of 46.
    func refuseUnreadable(_ count: Int, board: IndexedBoard) throws {
        guard count > 0 else { return }
        throw ReportedFailure(exitStatus: .badData, message: CLIError.casesUnreadable(
            count: count, path: board.store.directory.path).message(board.language))
    }
}

extension ListCommand {
    /// A term no record of `kind` can match (`status:` on contacts) would list nothing and
    /// exit 0, as if there were no such records: it is a mistake in the query, and said so.
    func refuseTermsNotFor(_ kind: Kind, in query: Query?) throws(CLIError) {
        let recordKind: RecordKind = switch kind {
        case .cases: .case
        case .contacts: .contact
        case .agencies: .agency
        }
        for term in query?.terms ?? [] {
            let name: String
            switch term.predicate {
            case .overdue where recordKind != .case: name = Query.overdueKeyword
            case let predicate:
                guard let field = predicate.field, !field.appliesTo.contains(recordKind) else { continue }
                name = field.rawValue + ":"
            }
            let fields = QueryField.allCases.filter { $0.appliesTo.contains(recordKind) }.map { $0.rawValue + ":" }
            throw .filterTermNotForKind(term: name, kind: kind.rawValue, fields: fields)
        }
    }
}

extension CLIPhrase {
    /// `CLIPhrase.text(.headerID)(language)`: a key as a function of the language, for lists of headers.
    static func text(_ phrase: CLIPhrase) -> (Language) -> String { { phrase.text($0) } }
}
