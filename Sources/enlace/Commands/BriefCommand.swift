import ArgumentParser
import EnlaceBrief
import EnlaceModel
import EnlaceText
import Foundation

/// `enlace brief ID... | --filter QUERY [--format md|txt|html|json] [--lang en|es] [--releasable] [-o FILE] [--force]`.
///
/// Thin on purpose: choosing the cases, making, rendering and writing the brief are in
/// EnlaceBrief, where they are tested.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a case brief in Markdown, plain text, HTML or JSON, in English or Spanish.",
        discussion: """
            Several ids, or --filter, make one brief with a table of contents. --releasable leaves \
            out every note not releasable to Mexico and refuses a case that is not releasable at all. \
            Without -o the brief goes to standard output; a file is never written over unless --force, \
            and never through a symbolic link.
            """
    )

    @Argument(help: "Case ids, e.g. MX-2026-0042.")
    var caseIDs: [String] = []

    @Option(name: .long, help: "Every case this query matches (the language of `list --filter`), in one brief.")
    var filter: String?

    @Option(name: .long, help: "md, txt, html or json (else from the -o file name, else md).")
    var format: BriefFormat?

    @Flag(name: .long, help: "For Mexican partners: only what is releasable to Mexico.")
    var releasable = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the brief to FILE instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace FILE if it exists (never a symbolic link).")
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let board = try OpenedBoard.open(global)
        let language = board.language
        let query = try board.query(filter)
        let context = board.queryContext
        let matches: ((Case) -> Bool)? = query.map { query in { query.matches($0, context) } }
        let options = BriefOptions(
            language: language, releasable: releasable, generatedAt: Timestamp.now(),
            generatedBy: ProcessInfo.processInfo.userName)
        let chosenFormat = BriefFormat.resolve(explicit: format, outputPath: output)
        do throws(BriefError) {
            let cases = try BriefSelection.cases(ids: caseIDs, matches: matches, in: board.data)
            let text = try BriefDocument(cases: cases, data: board.data, options: options).rendered(as: chosenFormat)
            guard let output else { return Console.write(text) }
            do throws(BriefWriteError) {
                try BriefWriter(force: force).write(text, to: URL(fileURLWithPath: output))
            } catch {
                throw BriefError.write(error)
            }
        } catch {
            throw ReportedFailure(exitStatus: .usage, message: error.message(language))
        }
    }
}

extension BriefFormat: ExpressibleByArgument {}
