import ArgumentParser
import EnlaceModel
import EnlaceText

/// `enlace note CASE-ID TEXT [--releasable]`: one case file and one audit line, whatever the board's size.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: CommandLineLanguage.text(.noteAbstract))

    @Argument(help: .phrase(.caseIDHelp, value: .caseIDValue), completion: DataCompletion.caseIDs)
    var caseID: String

    @Argument(help: .phrase(.noteTextHelp, value: .textValue))
    var text: String

    @Flag(name: .long, help: .phrase(.noteReleasableHelp))
    var releasable = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.preliminaryLanguage
        // `-` is the text on standard input, as `import -` reads its file.
        let text = self.text == "-" ? try reportingFailures(in: language) { try NoteInput.read(language) } : self.text
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

/// A note's text from standard input (`enlace note ID -`).
enum NoteInput {
    /// Far more than any note; a note is one case file's worth, not a file dump.
    static let maximumBytes = 1_000_000

    /// The text, without the one final newline `echo` and editors add.
    static func read(_ language: Language) throws(CLIError) -> String {
        let bytes: Data
        do {
            bytes = try FileHandle.standardInput.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw .noteInputUnreadable(reason: (error as NSError).localizedDescription)
        }
        guard bytes.count <= maximumBytes else {
            throw .noteInputUnreadable(reason: StorePhrase.reasonTooLarge(
                language, ["bytes": "> \(maximumBytes)", "limit": "\(maximumBytes)"]))
        }
        guard var text = String(data: bytes, encoding: .utf8) else {
            throw .noteInputUnreadable(reason: StorePhrase.reasonNotUTF8(language))
        }
        if text.hasSuffix("\r\n") { text.removeLast() } else if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
