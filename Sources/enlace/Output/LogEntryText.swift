import EnlaceModel
import EnlaceText

/// A log entry as plain text for `enlace log show`: every data field made safe for the terminal.
enum LogEntryText {
    static func render(_ entry: LogEntry, contacts: [Contact], registry: AgencyRegistry, today: Day, language: Language) -> String {
        var lines: [String] = []
        func add(_ text: String) { lines.append(SafeText.line(text)) }
        func field(_ phrase: LogPhrase, _ value: String) { add(phrase(language) + ": " + value) }

        add("\(entry.id)  \(entry.topic(language))")
        add("\(entry.marking.rawValue) · \(entry.kind.phrase(language)) · "
            + (entry.releasableToMexico ? CommonPhrase.releasableToMexico : .notReleasableToMexico)(language))
        field(.fieldWhen, LogEntryWording.minute(entry.start) + (entry.end.map { " – " + LogEntryWording.minute($0) } ?? ""))
        let place = [entry.place, entry.post].filter { !$0.isEmpty }.joined(separator: ", ")
        if !place.isEmpty { field(.fieldWhere, place) }
        field(.fieldOfficers, entry.officers.joined(separator: ", "))
        if !entry.officials.isEmpty {
            field(.fieldOfficials, entry.officials.map { id in
                contacts.first { $0.id == id }.map { "\($0.name) (\($0.agency), \(id))" } ?? id
            }.joined(separator: "; "))
        }
        if !entry.agencies.isEmpty {
            field(.fieldAgencies, entry.agencies.map { code in
                registry.agency(code).map { "\(code) (\($0.name.text(language)))" } ?? code
            }.joined(separator: "; "))
        }
        if !entry.cases.isEmpty { field(.fieldCases, entry.cases.joined(separator: ", ")) }
        var report = entry.reportState(today: today).phrase(language)
        if let confirmed = entry.report, !confirmed.acknowledgement.isEmpty { report += " · " + confirmed.acknowledgement }
        field(.fieldReport, report)
        let summary = entry.summary(language)
        if !summary.isEmpty {
            lines.append("")
            lines.append(LogPhrase.fieldSummary(language) + ":")
            lines += SafeText.lines(summary).map { "  " + $0 }
        }
        if !entry.followUps.isEmpty {
            lines.append("")
            lines.append(LogPhrase.fieldFollowUps(language) + ":")
            for followUp in entry.followUps { add("  - " + followUp) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
