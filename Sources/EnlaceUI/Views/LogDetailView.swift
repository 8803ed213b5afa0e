import EnlaceModel
import EnlaceText

/// A log entry in full: when, where, who took part (linked), the report's state, the cases
/// discussed (linked), the summary and the follow-ups.
enum LogDetailView {
    typealias P = DetailBuilder

    static func build(_ state: AppState, into builder: inout DetailBuilder) {
        guard let entry = state.selectedLogEntry else { return }
        let language = state.language
        let data = state.data

        builder.line(P.piece(entry.topic(language), Style(.title, .bold)), P.piece("  " + entry.id, Style(.dim)))
        builder.line(P.piece(entry.marking.rawValue, Style(entry.marking.role, .bold)),
                     P.piece(" · " + entry.kind.phrase(language) + " · "
                             + (entry.releasableToMexico ? CommonPhrase.releasableToMexico : .notReleasableToMexico)(language)))
        builder.field(LogPhrase.fieldWhen(language),
                      LogEntryWording.minute(entry.start) + (entry.end.map { " – " + LogEntryWording.minute($0) } ?? ""))
        builder.field(LogPhrase.fieldWhere(language), [entry.place, entry.post].filter { !$0.isEmpty }.joined(separator: ", "))
        builder.field(LogPhrase.fieldOfficers(language), entry.officers.joined(separator: ", "))
        let report = entry.reportState(today: state.today)
        var reportText = report.phrase(language)
        if let confirmed = entry.report, !confirmed.acknowledgement.isEmpty { reportText += " · " + confirmed.acknowledgement }
        builder.field(LogPhrase.fieldReport(language), reportText, style: style(of: report))

        if !entry.officials.isEmpty {
            builder.heading(LogPhrase.fieldOfficials(language))
            for id in entry.officials {
                let contact = state.index.contactByID[id].map { data.contacts[$0] }
                builder.link(.contact(id), [
                    P.piece(CaseDetailView.pad(contact?.agency ?? "", 9), Style(.normal, .bold)),
                    P.piece(contact?.name ?? id),
                    P.piece(contact.map { "  " + $0.role } ?? "", Style(.dim)),
                ])
            }
        }
        let otherAgencies = entry.agencies.filter { code in
            !entry.officials.contains { id in state.index.contactByID[id].map { data.contacts[$0].agency == code } ?? false }
        }
        if !otherAgencies.isEmpty {
            builder.heading(LogPhrase.fieldAgencies(language))
            for code in otherAgencies {
                let name = data.registry.agency(code)?.name.text(language) ?? UIPhrase.unknownAgency(language)
                builder.link(.agency(code), [P.piece(CaseDetailView.pad(code, 9), Style(.normal, .bold)), P.piece(name)])
            }
        }
        if !entry.cases.isEmpty {
            builder.heading(LogPhrase.fieldCases(language))
            for id in entry.cases {
                if let position = state.index.caseByID[id] {
                    CaseDetailView.caseLink(data.cases[position], state, into: &builder)
                } else {
                    builder.line(P.piece("  " + id, Style(.dim)))
                }
            }
        }
        let summary = entry.summary(language)
        if !summary.isEmpty {
            builder.heading(LogPhrase.fieldSummary(language))
            builder.paragraph(summary)
        }
        if !entry.followUps.isEmpty {
            builder.heading(LogPhrase.fieldFollowUps(language))
            for followUp in entry.followUps { builder.paragraph("- " + followUp) }
        }
    }

    /// An overdue report stands out; a confirmed one is quiet.
    static func style(of report: ContactReportState) -> Style {
        switch report {
        case .overdue: Style(.overdue, .bold)
        case .confirmed, .notRequired: Style(.dim)
        case .due: .normal
        }
    }

    /// The entries that name `id` (a case's or a contact's), newest first, as links.
    static func entryLinks(_ entries: [LogEntry], _ state: AppState, into builder: inout DetailBuilder) {
        let language = state.language
        builder.heading(LogPhrase.logHeading(language, ["count": String(entries.count)]))
        for entry in entries.prefix(DetailLinks.caseLimit) {
            let report = entry.reportState(today: state.today)
            builder.link(.logEntry(entry.id), [
                P.piece(CaseDetailView.pad(entry.start.day.iso, 12), Style(.normal, .bold)),
                P.piece(CaseDetailView.pad(report.phrase(language), 24), style(of: report)),
                P.piece(entry.topic(language)),
            ])
        }
        if entries.count > DetailLinks.caseLimit {
            builder.line(P.piece("  " + UIPhrase.andMore(language, ["count": String(entries.count - DetailLinks.caseLimit)]), Style(.dim)))
        }
    }
}
