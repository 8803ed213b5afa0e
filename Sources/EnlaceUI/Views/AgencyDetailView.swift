import EnlaceText

/// An agency in full: names in both languages, parent, focus, name history, counterparts, its
/// contacts and its open cases.
enum AgencyDetailView {
    typealias P = DetailBuilder

    static func build(_ state: AppState, into builder: inout DetailBuilder) {
        guard let agency = state.selectedAgency else { return }
        let language = state.language
        let data = state.data

        builder.line(P.piece(agency.code, Style(.title, .bold)), P.piece("  "),
                     P.piece(agency.country == .us ? UIPhrase.countryUS(language) : UIPhrase.countryMX(language), Style(.dim)))
        builder.paragraph(agency.name.text(language), indent: 0, style: Style(.title, .bold))
        let otherName = agency.name.text(language.other)
        if otherName != agency.name.text(language) { builder.paragraph(otherName, indent: 0, style: Style(.dim)) }
        builder.field(UIPhrase.parent(language), agency.parent.text(language))
        let focus = agency.focus.text(language)
        if !focus.isEmpty {
            builder.heading(UIPhrase.focus(language))
            builder.paragraph(focus)
        }

        if !agency.formerly.isEmpty {
            builder.heading(UIPhrase.formerly(language))
            for former in agency.formerly {
                var text = "  \(former.code) — \(former.name)"
                if let until = former.until { text += " · " + UIPhrase.until(language, ["date": DateText.day(until, language)]) }
                builder.line(P.piece(text))
            }
        }

        if !agency.counterparts.isEmpty {
            builder.heading(UIPhrase.counterparts(language))
            for code in agency.counterparts {
                let name = data.registry.agency(code)?.name.text(language) ?? UIPhrase.unknownAgency(language)
                builder.link(.agency(code), [P.piece(CaseDetailView.pad(code, 9), Style(.normal, .bold)), P.piece(name)])
            }
        }

        let contacts = state.index.contactsByAgency[agency.code] ?? []
        builder.heading(UIPhrase.contactsHeading(language, ["count": String(contacts.count)]))
        for index in contacts {
            let contact = data.contacts[index]
            builder.link(.contact(contact.id), [P.piece(contact.name), P.piece(contact.role.isEmpty ? "" : " · " + contact.role, Style(.dim))])
        }

        let open = state.index.openCasesByAgency[agency.code] ?? []
        builder.heading(UIPhrase.openCasesHeading(language, ["count": String(open.count)]))
        for index in open.prefix(DetailLinks.caseLimit) {
            CaseDetailView.caseLink(data.cases[index], state, into: &builder)
        }
        if open.count > DetailLinks.caseLimit {
            builder.line(P.piece("  " + UIPhrase.andMore(language, ["count": String(open.count - DetailLinks.caseLimit)]), Style(.dim)))
        }
    }
}
