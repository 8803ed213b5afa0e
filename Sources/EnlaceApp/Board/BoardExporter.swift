import EnlaceBrief
import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// Carries out the board's export (`x`): writes the brief through `BriefExport`, which makes
/// the directory, never writes over a file and numbers the name when it is taken.
enum BoardExporter {
    /// `exports/` under the data directory, unless `--export-dir` said otherwise. A link the
    /// officer named is followed here, once; `exports/` itself must be a real directory, since
    /// anyone who shares the data directory could have put a link there.
    static func directory(explicit: URL?, dataDirectory: URL) -> URL {
        explicit?.resolvingSymlinksInPath() ?? dataDirectory.appendingPathComponent("exports", isDirectory: true)
    }

    static func write(_ request: ExportRequest, data: BoardData, directory: URL, statusLanguage: Language) -> ExportOutcome {
        let cases = request.caseIDs.compactMap { id in data.cases.first { $0.id == id } }
        let format = request.format
        let options = BriefOptions(
            language: request.language, releasable: request.releasable, generatedAt: .now(), generatedBy: Store.currentUser)
        do throws(BriefError) {
            let url = try BriefExport.write(cases: cases, data: data, options: options, format: format, directory: directory)
            return .written(path: url.path)
        } catch {
            return .failed(reason: error.message(statusLanguage))
        }
    }
}
