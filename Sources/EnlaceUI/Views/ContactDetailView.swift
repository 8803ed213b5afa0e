import EnlaceText

/// A contact in full: role, how to reach them, languages, last contact, and their cases.
enum ContactDetailView {
    typealias P = DetailBuilder

    static func build(_ state: AppState, into builder: inout DetailBuilder) {
        guard let contact = state.selectedContact else { return }
        let language = state.language
        let data = state.data

        builder.line(P.piece(contact.name, Style(.title, .bold)), P.piece("  " + contact.id, Style(.dim)))
        builder.field(UIPhrase.role(language), contact.role)
        builder.field(UIPhrase.post(language), contact.post)
        builder.field(UIPhrase.phones(language), contact.phones.joined(separator: ", "))
        builder.field(UIPhrase.email(language), contact.email)
        builder.field(UIPhrase.languages(language), contact.languages.joined(separator: ", "))
        builder.field(UIPhrase.lastContact(language), contact.lastContact.map { DateText.day($0, language) } ?? UIPhrase.never(language))

        builder.heading(UIPhrase.agency(language))
        let name = data.registry.agency(contact.agency)?.name.text(language) ?? UIPhrase.unknownAgency(language)
        builder.link(.agency(contact.agency), [P.piece(CaseDetailView.pad(contact.agency, 9), Style(.normal, .bold)), P.piece(name)])

        if !contact.notes.isEmpty {
            builder.heading(UIPhrase.contactNotes(language))
            builder.paragraph(contact.notes)
        }
        if let entries = state.index.logByContact[contact.id] {
            LogDetailView.entryLinks(entries.map { data.log[$0] }, state, into: &builder)
        }

        guard !state.isLoadingCases else {
            // Which cases name a contact is in the case files, still being read.
            builder.paragraph(UIPhrase.loadingContactCases(language), indent: 0, style: Style(.dim))
            return
        }
        let cases = state.index.casesByContact[contact.id] ?? []
        builder.heading(UIPhrase.casesHeading(language, ["count": String(cases.count)]))
        for index in cases.prefix(DetailLinks.caseLimit) {
            CaseDetailView.caseLink(data.cases[index], state, into: &builder)
        }
        if cases.count > DetailLinks.caseLimit {
            builder.line(P.piece("  " + UIPhrase.andMore(language, ["count": String(cases.count - DetailLinks.caseLimit)]), Style(.dim)))
        }
    }
}
