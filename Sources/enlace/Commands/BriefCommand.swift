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
        abstract: CommandLineLanguage.text(.briefAbstract),
        discussion: CommandLineLanguage.text(.briefDiscussion)
    )

    @Argument(help: .phrase(.briefCaseIDsHelp, value: .caseIDValue), completion: DataCompletion.caseIDs)
    var caseIDs: [String] = []

    @Option(name: .long, help: .phrase(.briefFilterHelp, value: .queryValue), completion: DataCompletion.filter)
    var filter: String?

    @Option(name: .long, help: .phrase(.briefFormatHelp, value: .formatValue))
    var format: BriefFormat?

    @Flag(name: .long, help: .phrase(.briefReleasableHelp))
    var releasable = false

    @Option(name: [.customShort("o"), .customLong("output")], help: .phrase(.briefOutputHelp, value: .fileValue))
    var output: String?

    @Flag(name: .long, help: .phrase(.briefForceHelp))
    var force = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // `-o -` is standard output, as a Unix tool reads it, never a file named `-`.
        let output = self.output == "-" ? nil : self.output
        try reportingFailures(in: global.preliminaryLanguage) { try Self.checkExtension(of: output, format: format) }
        let board = try OpenedBoard.open(global)
        let language = board.language
        let query = try board.query(filter)
        let context = board.queryContext
        let matches: ((Case) -> Bool)? = query.map { query in { query.matches($0, context) } }
        let options = BriefOptions(
            language: language, releasable: releasable, generatedAt: Timestamp.now(),
            generatedBy: ProcessInfo.processInfo.userName)
        let chosenFormat = BriefFormat.resolve(explicit: format, outputPath: output)
        let text: String
        do throws(BriefError) {
            let cases = try BriefSelection.cases(ids: caseIDs, matches: matches, in: board.data)
            text = try BriefDocument(cases: cases, data: board.data, options: options).rendered(as: chosenFormat)
            if let output {
                do throws(BriefWriteError) {
                    return try BriefWriter(force: force).write(text, to: URL(fileURLWithPath: output))
                } catch {
                    throw BriefError.write(error)
                }
            }
        } catch {
            throw ReportedFailure(exitStatus: error.exitStatus, message: error.message(language))
        }
        try Console.write(text, in: language)
    }
}

extension BriefCommand {
    /// A file name whose extension is no brief format (`x.pdf`), or another format than
    /// `--format` asks for, is refused before anything is read: the file would not be what its
    /// name says. A name without an extension takes `--format`, else Markdown.
    static func checkExtension(of output: String?, format: BriefFormat?) throws(CLIError) {
        guard let output else { return }
        let name = URL(fileURLWithPath: output).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return }
        let fileExtension = String(name[name.index(after: dot)...])
        guard let named = BriefFormat(pathExtension: fileExtension) else {
            throw .briefExtensionUnknown(file: output, fileExtension: fileExtension)
        }
        if let format, format != named {
            throw .briefExtensionMismatch(file: output, fileExtension: fileExtension, format: format.rawValue)
        }
    }
}

extension BriefError {
    /// A failing disk or encoder is the data's class of failure (2), as for every command; what
    /// the officer asked for (an id, a path that is taken or a link) is usage (1).
    var exitStatus: ExitStatus {
        switch self {
        case .write(.io), .encodingFailed: .badData
        default: .usage
        }
    }
}

extension BriefFormat: ExpressibleByArgument {}
