import EnlaceModel
import EnlaceText
import EnlaceUI

/// A case as plain text for `enlace show`: every data field made safe for the terminal.
enum CaseText {
    static func render(_ record: Case, data: BoardData, language: Language) -> String {
        var lines: [String] = []
        func add(_ text: String) { lines.append(SafeText.line(text)) }
        func field(_ phrase: CLIPhrase, _ value: String) { add(phrase(language) + ": " + value) }

        add("\(record.id)  \(record.title(language))")
        add("\(record.marking.rawValue) · \(record.status.phrase(language)) · \(record.priority.phrase(language)) · "
            + (record.releasableToMexico ? CommonPhrase.releasableToMexico : .notReleasableToMexico)(language))
        field(.fieldOpened, DateText.day(record.opened, language))
        if let due = record.due { field(.fieldDue, DateText.day(due, language)) }
        field(.fieldRegionPost, [record.region, record.post].filter { !$0.isEmpty }.joined(separator: " / "))
        field(.fieldOwner, record.owner)
        if !record.tags.isEmpty { field(.fieldTags, record.tags.joined(separator: ", ")) }
        field(.fieldAgencies, record.allAgencies.map { code in
            data.registry.agency(code).map { "\(code) (\($0.name.text(language)))" } ?? code
        }.joined(separator: "; "))
        if !record.contacts.isEmpty {
            field(.fieldContacts, record.contacts.map { id in
                data.contacts.first { $0.id == id }.map { "\($0.name) (\($0.agency))" } ?? id
            }.joined(separator: "; "))
        }
        if !record.nextAction.isEmpty { field(.fieldNextAction, record.nextAction) }
        if !record.links.isEmpty { field(.fieldLinks, record.links.joined(separator: ", ")) }
        lines.append("")
        lines.append(CLIPhrase.fieldSummary(language) + ":")
        lines += SafeText.lines(record.summary(language)).map { "  " + $0 }
        if !record.notes.isEmpty {
            lines.append("")
            lines.append(CLIPhrase.fieldNotes(language) + ":")
            for note in record.notes.sorted(by: { $0.at > $1.at }) {
                let flag = (note.releasableToMexico ? CLIPhrase.releasableNote : .notReleasableNote)(language)
                add("  \(DateText.minute(note.at, language)) · \(note.author) · \(flag)")
                lines += SafeText.lines(note.text).map { "    " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
