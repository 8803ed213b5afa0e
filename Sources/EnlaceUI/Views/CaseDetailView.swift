import EnlaceModel
import EnlaceText

/// A case in full: what it is, when it is due, what comes next, who is on it, what is linked,
/// and its notes, newest first.
enum CaseDetailView {
    typealias P = DetailBuilder

    static func build(_ state: AppState, into builder: inout DetailBuilder) {
        guard let record = state.selectedCase else { return }
        let language = state.language
        let registry = state.data.registry

        builder.line(
            P.piece(record.id, Style(.title, .bold)), P.piece("  "),
            P.piece(record.priority.phrase(language), Style(record.priority.role, .bold)), P.piece("  "),
            P.piece(record.status.phrase(language)), P.piece("  "),
            P.piece(record.marking.rawValue, Style(record.marking.role, .bold)), P.piece("  "),
            P.piece(record.releasableToMexico ? CommonPhrase.releasableToMexico(language) : CommonPhrase.notReleasableToMexico(language), Style(.dim)))
        builder.paragraph(record.title(language), indent: 0, style: Style(.title, .bold))
        if record.isTitleInOtherLanguage(language) {
            builder.paragraph(UIPhrase.textInOtherLanguage(language), indent: 0, style: Style(.dim))
        }
        if record.isShownTitleOutdated(language) {
            builder.paragraph(UIPhrase.mayBeOutdated(language), indent: 0, style: Style(.warning))
        }
        var dates = [DetailBuilder.piece(UIPhrase.opened(language) + ": ", Style(.dim)), P.piece(DateText.day(record.opened, language))]
        if let due = record.due {
            dates += [P.piece("   " + UIPhrase.due(language) + ": ", Style(.dim)), P.piece(DateText.day(due, language), DueStyle.style(of: record, today: state.today))]
            if record.isOverdue(on: state.today) { dates.append(P.piece(" " + UIPhrase.overdueMark(language), Style(.overdue, .bold))) }
        }
        builder.append(DetailLine(dates))
        builder.field(UIPhrase.post(language), [record.post, record.region].filter { !$0.isEmpty }.joined(separator: " · "))
        builder.field(UIPhrase.tags(language), record.tags.joined(separator: ", "))
        builder.field(UIPhrase.fieldOwner(language), record.owner)
        if state.isLoadingCases {
            // A skeleton: its texts, contacts, links and notes are still being read.
            builder.paragraph(UIPhrase.loadingCaseDetail(language), indent: 0, style: Style(.dim))
        }

        if !record.nextAction.isEmpty {
            builder.heading(UIPhrase.nextAction(language))
            builder.paragraph(record.nextAction)
        }
        let summary = record.summary(language)
        if !summary.isEmpty {
            builder.heading(UIPhrase.summary(language)
                + (record.isSummaryInOtherLanguage(language) ? " " + UIPhrase.textInOtherLanguage(language) : "")
                + (record.isShownSummaryOutdated(language) ? " " + UIPhrase.mayBeOutdated(language) : ""))
            builder.paragraph(summary)
        }

        builder.heading(UIPhrase.agencies(language))
        for code in record.allAgencies {
            let name = registry.agency(code)?.name.text(language) ?? UIPhrase.unknownAgency(language)
            var pieces = [P.piece(pad(code, 9), Style(.normal, .bold)), P.piece(name)]
            if code == record.leadAgency { pieces.append(P.piece(" · " + UIPhrase.lead(language), Style(.dim))) }
            builder.link(.agency(code), pieces)
        }

        if !record.contacts.isEmpty {
            builder.heading(UIPhrase.contacts(language))
            for id in record.contacts {
                if let index = state.index.contactByID[id] {
                    let contact = state.data.contacts[index]
                    builder.link(.contact(id), [P.piece(contact.name), P.piece(" · " + contact.agency + (contact.role.isEmpty ? "" : " · " + contact.role), Style(.dim))])
                } else {
                    builder.link(.contact(id), [P.piece(id), P.piece(" · " + UIPhrase.notOnBoard(language), Style(.dim))])
                }
            }
        }

        if !record.links.isEmpty {
            builder.heading(UIPhrase.linkedCases(language))
            for id in record.links {
                if let index = state.index.caseByID[id] {
                    caseLink(state.data.cases[index], state, into: &builder)
                } else {
                    builder.link(.caseRecord(id), [P.piece(pad(id, 14), Style(.normal, .bold)), P.piece(UIPhrase.notOnBoard(language), Style(.dim))])
                }
            }
        }

        if !record.notes.isEmpty {
            builder.heading(UIPhrase.notesHeading(language, ["count": String(record.notes.count)]))
            // Newest first; each a link, so that `]` reaches it and `Enter` amends it.
            for (index, note) in record.notes.enumerated().sorted(by: { $0.element.at > $1.element.at }) {
                var pieces = [P.piece(DateText.minute(note.at, language), Style(.normal, .bold)), P.piece(" · " + note.author)]
                if !note.releasableToMexico { pieces.append(P.piece(" · " + UIPhrase.notReleasableShort(language), Style(.dim))) }
                if let amendedBy = note.amendedBy {
                    pieces.append(P.piece(" · " + UIPhrase.noteAmendedBy(language, ["login": amendedBy]), Style(.dim)))
                }
                builder.link(.note(caseID: record.id, index: index), pieces)
                builder.paragraph(note.text, indent: 4)
            }
        }

        // The log after the notes: the case's own timeline comes first.
        if let entries = state.index.logByCase[record.id] {
            LogDetailView.entryLinks(entries.map { state.data.log[$0] }, state, into: &builder)
        }
    }

    /// A link to a case: id, status and title.
    static func caseLink(_ record: Case, _ state: AppState, into builder: inout DetailBuilder) {
        let language = state.language
        builder.link(.caseRecord(record.id), [
            P.piece(pad(record.id, 14), Style(.normal, .bold)),
            P.piece(pad(record.status.phrase(language), 10), record.status == .closed ? Style(.closed) : .normal),
            P.piece(record.title(language)),
        ])
    }

    /// `text` padded with spaces to `width` cells, for a column inside a detail line.
    static func pad(_ text: String, _ width: Int) -> String {
        let safe = SafeText.line(text)
        return safe + String(repeating: " ", count: max(1, width - CellWidth.of(safe)))
    }
}
