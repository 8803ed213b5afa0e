import EnlaceModel
import EnlaceText

/// The brief as CommonMark: headings, lists and paragraphs only (no tables, no raw HTML), so
/// that it renders the same in any CommonMark renderer; every data text escaped.
enum MarkdownRenderer {
    static func render(_ document: BriefDocument) -> String {
        let language = document.language
        var out: [String] = []
        let banner = "**\(MarkdownEscaping.line(document.banner))**"
        out.append(banner)
        out.append("# \(MarkdownEscaping.line(document.heading))")
        out.append(MarkdownEscaping.block(document.generatedLine))
        if document.cases.count > 1 {
            out.append("## \(MarkdownEscaping.line(BriefPhrase.contents(language)))")
            out.append(document.cases.enumerated().map { index, brief in
                "\(index + 1). \(heading(brief, language))"
            }.joined(separator: "\n"))
        }
        for brief in document.cases {
            out += section(brief, language)
        }
        out.append("---")
        out.append(banner)
        return out.joined(separator: "\n\n") + "\n"
    }

    static func section(_ brief: CaseBrief, _ language: Language) -> [String] {
        var out: [String] = []
        out.append("## \(heading(brief, language))")
        let facts = BriefWording.facts(brief, language)
        out.append(facts.map { label, value in "- \(label: label, language) \(MarkdownEscaping.line(value))" }.joined(separator: "\n"))

        out.append("### \(MarkdownEscaping.line(BriefPhrase.agencies(language)))")
        var agencyLines = ["- \(label: .leadAgency, language) \(MarkdownEscaping.line(BriefWording.agency(brief.leadAgency)))"]
        if brief.partnerAgencies.isEmpty {
            agencyLines.append("- \(label: .partnerAgencies, language) \(MarkdownEscaping.line(BriefPhrase.noPartnerAgencies(language)))")
        } else {
            agencyLines.append("- \(label: .partnerAgencies, language)")
            agencyLines += brief.partnerAgencies.map { "  - \(MarkdownEscaping.line(BriefWording.agency($0)))" }
        }
        if !brief.counterparts.isEmpty {
            agencyLines.append("- \(label: .mexicanCounterparts, language)")
            for entry in brief.counterparts {
                let list = entry.counterparts.isEmpty ? BriefPhrase.noCounterparts(language)
                    : entry.counterparts.map(BriefWording.agency).joined(separator: "; ")
                agencyLines.append("  - **\(MarkdownEscaping.line(entry.agency.code))**: \(MarkdownEscaping.line(list))")
            }
        }
        out.append(agencyLines.joined(separator: "\n"))

        out.append("### \(MarkdownEscaping.line(BriefPhrase.contacts(language)))")
        if brief.contacts.isEmpty {
            out.append(MarkdownEscaping.block(BriefPhrase.noContacts(language)))
        } else {
            out.append(brief.contacts.map(contact).joined(separator: "\n"))
        }

        out.append("### \(MarkdownEscaping.line(BriefPhrase.summary(language)))")
        let summary = MarkdownEscaping.paragraphs(brief.summary.text, indent: "")
        if !summary.isEmpty { out.append(summary) }
        for label in brief.summary.labels(language) { out.append("*\(MarkdownEscaping.line(label))*") }

        out.append("### \(MarkdownEscaping.line(BriefPhrase.notes(language)))")
        if brief.notes.isEmpty {
            out.append(MarkdownEscaping.block(BriefPhrase.noNotes(language)))
        } else {
            out.append(brief.notes.map { note in
                let when = MarkdownEscaping.line(BriefWording.time(note.at, language))
                let text = MarkdownEscaping.paragraphs(note.text, indent: "  ")
                let flag = note.releasableToMexico ? "" : " — **\(MarkdownEscaping.line(BriefPhrase.noteNotReleasable(language)))**"
                return "- **\(when)**, \(MarkdownEscaping.line(note.author))\(flag)" + (text.isEmpty ? "" : "\\\n  " + text)
            }.joined(separator: "\n"))
        }

        out.append("### \(MarkdownEscaping.line(BriefPhrase.linkedCases(language)))")
        if brief.links.isEmpty {
            out.append(MarkdownEscaping.block(BriefPhrase.noLinkedCases(language)))
        } else {
            out.append(brief.links.map { link in
                "- " + MarkdownEscaping.line(link.id) + (link.title.map { " — " + shown($0, language) } ?? "")
            }.joined(separator: "\n"))
        }
        return out
    }

    /// "MX-2026-0001 — title", with the other-language note in italics.
    static func heading(_ brief: CaseBrief, _ language: Language) -> String {
        "\(MarkdownEscaping.line(brief.id)) — \(shown(brief.title, language))"
    }

    static func shown(_ text: ShownText, _ language: Language) -> String {
        let line = MarkdownEscaping.line(text.text)
        return ([line] + text.labels(language).map { "*\(MarkdownEscaping.line($0))*" }).joined(separator: " ")
    }

    static func contact(_ entry: CaseBrief.ContactEntry) -> String {
        guard let name = entry.name else { return "- \(MarkdownEscaping.line(entry.id))" }
        var parts = ["**\(MarkdownEscaping.line(name))** (\(MarkdownEscaping.line(entry.agency)))"]
        if !ShownText.isBlank(entry.role) { parts.append(MarkdownEscaping.line(entry.role)) }
        parts += entry.phones.map(MarkdownEscaping.line)
        if !ShownText.isBlank(entry.email) { parts.append(MarkdownEscaping.line(entry.email)) }
        return "- " + parts.joined(separator: " · ")
    }
}

extension DefaultStringInterpolation {
    /// `**Status:**`: a catalog label in bold, escaped like data (a label is text too).
    mutating func appendInterpolation(label: BriefPhrase, _ language: Language) {
        appendLiteral("**\(MarkdownEscaping.line(label(language))):**")
    }
}
