import ArgumentParser
import EnlaceModel
import EnlaceText

/// `enlace note CASE-ID TEXT [--releasable]`: one case file and one audit line, whatever the board's size.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: CommandLineLanguage.text(.noteAbstract))

    @Argument(help: .phrase(.caseIDHelp, value: .caseIDValue))
    var caseID: String

    @Argument(help: .phrase(.noteTextHelp, value: .textValue))
    var text: String

    @Flag(name: .long, help: .phrase(.noteReleasableHelp))
    var releasable = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.preliminaryLanguage
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ReportedFailure(exitStatus: .usage, message: CLIError.emptyNote.message(language))
        }
        let store = global.store()
        // A board that `list` refuses is refused here too, in the same words, before anything is written.
        try reportingDataFailures(in: language, directory: store.directory) {
            let note = Note(at: .now(), author: store.user, text: text, releasableToMexico: releasable)
            let saved = try store.appendNote(caseID: caseID.uppercased(), note: note)
            try Console.write(
                CLIPhrase.noteAdded(language, ["id": saved.id, "version": "\(saved.version)"]) + "\n", in: language,
                saved: CLIPhrase.savedNote(language, ["id": saved.id, "version": "\(saved.version)"]))
        }
    }
}

import EnlaceStore
import Foundation
