import EnlaceModel
import EnlaceText

/// The brief as plain text for e-mail: no line wider than 78 terminal cells, no character a
/// terminal would act on (a `cat` of the file is safe), labels aligned by cell width.
enum PlainTextRenderer {
    /// The width of an e-mail line that mail programs do not rewrap.
    static let width = 78

    static func render(_ document: BriefDocument) -> String {
        let language = document.language
        var out: [String] = []
        let rule = String(repeating: "=", count: width)
        let banner = [rule] + wrap(document.banner) + [rule]
        out += banner
        out.append("")
        out += wrap(document.heading)
        out += wrap(document.generatedLine)
        if document.cases.count > 1 {
            out.append("")
            out += wrap(BriefPhrase.contents(language))
            for (index, brief) in document.cases.enumerated() {
                let number = "\(index + 1). "
                out += wrap(heading(brief, language), first: "  " + number,
                            rest: String(repeating: " ", count: 2 + number.count))
            }
        }
        for brief in document.cases {
            out.append("")
            out += section(brief, language)
        }
        out.append("")
        out += banner
        return out.joined(separator: "\n") + "\n"
    }

    static func section(_ brief: CaseBrief, _ language: Language) -> [String] {
        var out = wrap(heading(brief, language))
        out.append(String(repeating: "-", count: width))
        out += labelled(BriefWording.facts(brief, language).map { ($0.label(language), $0.value) }, indent: "")

        out.append("")
        out += wrap(BriefPhrase.agencies(language))
        let partners = brief.partnerAgencies.isEmpty ? [BriefPhrase.noPartnerAgencies(language)]
            : brief.partnerAgencies.map(BriefWording.agency)
        var agencyRows: [(String, String)] = [(BriefPhrase.leadAgency(language), BriefWording.agency(brief.leadAgency))]
        agencyRows += partners.enumerated().map { index, text in (index == 0 ? BriefPhrase.partnerAgencies(language) : "", text) }
        out += labelled(agencyRows, indent: "  ")
        if !brief.counterparts.isEmpty {
            out += wrap(BriefPhrase.mexicanCounterparts(language) + ":", first: "  ", rest: "  ")
            for entry in brief.counterparts {
                let list = entry.counterparts.isEmpty ? BriefPhrase.noCounterparts(language)
                    : entry.counterparts.map(BriefWording.agency).joined(separator: "; ")
                out += wrap("\(entry.agency.code): \(list)", first: "    ", rest: "      ")
            }
        }

        out.append("")
        out += wrap(BriefPhrase.contacts(language))
        if brief.contacts.isEmpty {
            out += wrap(BriefPhrase.noContacts(language), first: "  ", rest: "  ")
        }
        for contact in brief.contacts {
            guard let name = contact.name else {
                out += wrap(contact.id, first: "  * ", rest: "    ")
                continue
            }
            var first = "\(name) (\(contact.agency))"
            if !ShownText.isBlank(contact.role) { first += ", \(contact.role)" }
            out += wrap(first, first: "  * ", rest: "    ")
            let reach = (contact.phones + [contact.email]).filter { !ShownText.isBlank($0) }
            if !reach.isEmpty { out += wrap(reach.joined(separator: "; "), first: "    ", rest: "    ") }
        }

        out.append("")
        out += wrap(BriefPhrase.summary(language))
        out += paragraphs(brief.summary.text, first: "  ", rest: "  ")
        for label in brief.summary.labels(language) { out += wrap(label, first: "  ", rest: "  ") }

        out.append("")
        out += wrap(BriefPhrase.notes(language))
        if brief.notes.isEmpty { out += wrap(BriefPhrase.noNotes(language), first: "  ", rest: "  ") }
        for note in brief.notes {
            let flag = note.releasableToMexico ? "" : " — " + BriefPhrase.noteNotReleasable(language)
            out += wrap("\(BriefWording.time(note.at, language)), \(note.author)\(flag)", first: "  * ", rest: "    ")
            out += paragraphs(note.text, first: "    ", rest: "    ")
        }

        out.append("")
        out += wrap(BriefPhrase.linkedCases(language))
        if brief.links.isEmpty { out += wrap(BriefPhrase.noLinkedCases(language), first: "  ", rest: "  ") }
        for link in brief.links {
            let text = link.id + (link.title.map { " — " + shown($0, language) } ?? "")
            out += wrap(text, first: "  * ", rest: "    ")
        }
        return out
    }

    static func heading(_ brief: CaseBrief, _ language: Language) -> String {
        "\(brief.id) — \(shown(brief.title, language))"
    }

    static func shown(_ text: ShownText, _ language: Language) -> String {
        ([text.text] + text.labels(language)).joined(separator: " ")
    }

    /// `Label:  value` rows, the values aligned one column past the widest label; an empty
    /// label continues the row above.
    static func labelled(_ rows: [(String, String)], indent: String) -> [String] {
        let labelWidth = rows.map { CellWidth.of(SafeText.line($0.0)) }.max() ?? 0
        let column = labelWidth + 3
        return rows.flatMap { label, value in
            let shownLabel = label.isEmpty ? "" : SafeText.line(label) + ":"
            let first = indent + shownLabel + String(repeating: " ", count: max(1, column - CellWidth.of(shownLabel)))
            let rest = indent + String(repeating: " ", count: column)
            return wrap(value, first: first, rest: rest)
        }
    }

    /// Data that may hold several lines: each line wrapped; blank lines kept, once.
    static func paragraphs(_ text: String, first: String, rest: String) -> [String] {
        var out: [String] = []
        for line in SafeText.lines(text) {
            if ShownText.isBlank(line) {
                if let last = out.last, !last.isEmpty { out.append("") }
                continue
            }
            out += WordWrap.lines(ofLine: line, width: width, first: out.isEmpty ? first : rest, rest: rest)
        }
        if out.last == "" { out.removeLast() }
        return out
    }

    static func wrap(_ text: String, first: String = "", rest: String = "") -> [String] {
        WordWrap.lines(ofLine: SafeText.line(text), width: width, first: first, rest: rest)
    }
}
