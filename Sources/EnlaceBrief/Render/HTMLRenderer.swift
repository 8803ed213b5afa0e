import EnlaceModel
import EnlaceText

/// The brief as one self-contained HTML5 file: inline CSS, no script, no external resource
/// (it opens on an air-gapped laptop and prints the same), print rules for Letter and A4.
/// Every data text goes through `HTMLEscaping`; the only markup is ours.
enum HTMLRenderer {
    static func render(_ document: BriefDocument) -> String {
        let language = document.language
        let banner = HTMLEscaping.text(document.banner)
        let tlpClass = "tlp-" + document.marking.shortName.lowercased().replacing("+", with: "-")
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(htmlLanguage(language))\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        let titleIDs = document.cases.count == 1 ? " " + (document.cases.first?.id ?? "") : ""
        out.append("<title>\(HTMLEscaping.text(document.heading + titleIDs))</title>")
        out.append("<style>\n\(style(bannerText: document.banner))</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<div class=\"banner \(tlpClass)\">\(banner)</div>")
        out.append("<header>")
        out.append("<h1>\(HTMLEscaping.text(document.heading))</h1>")
        out.append("<p class=\"generated\">\(HTMLEscaping.text(document.generatedLine))</p>")
        out.append("</header>")
        let included = Set(document.cases.map(\.id))
        if document.cases.count > 1 {
            out.append("<nav>")
            out.append("<h2>\(HTMLEscaping.text(BriefPhrase.contents(language)))</h2>")
            out.append("<ol>")
            for brief in document.cases {
                out.append("<li><a href=\"#\(anchor(brief.id))\">\(heading(brief, language))</a></li>")
            }
            out.append("</ol>")
            out.append("</nav>")
        }
        for brief in document.cases {
            out += section(brief, language, included: included)
        }
        out.append("<div class=\"banner bottom \(tlpClass)\">\(banner)</div>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    static func section(_ brief: CaseBrief, _ language: Language, included: Set<String>) -> [String] {
        var out: [String] = []
        out.append("<article id=\"\(anchor(brief.id))\">")
        out.append("<h2>\(heading(brief, language))</h2>")
        out.append("<dl class=\"facts\">")
        let facts = BriefWording.facts(brief, language)
        for (label, value) in facts {
            out.append("<dt>\(HTMLEscaping.text(label(language)))</dt><dd>\(HTMLEscaping.text(value))</dd>")
        }
        out.append("</dl>")

        out.append("<h3>\(HTMLEscaping.text(BriefPhrase.agencies(language)))</h3>")
        out.append("<dl class=\"facts\">")
        out.append("<dt>\(HTMLEscaping.text(BriefPhrase.leadAgency(language)))</dt><dd>\(HTMLEscaping.text(BriefWording.agency(brief.leadAgency)))</dd>")
        let partners = brief.partnerAgencies.isEmpty ? HTMLEscaping.text(BriefPhrase.noPartnerAgencies(language))
            : brief.partnerAgencies.map { HTMLEscaping.text(BriefWording.agency($0)) }.joined(separator: "<br>")
        out.append("<dt>\(HTMLEscaping.text(BriefPhrase.partnerAgencies(language)))</dt><dd>\(partners)</dd>")
        if !brief.counterparts.isEmpty {
            let lines = brief.counterparts.map { entry in
                let list = entry.counterparts.isEmpty ? BriefPhrase.noCounterparts(language)
                    : entry.counterparts.map(BriefWording.agency).joined(separator: "; ")
                return "<strong>\(HTMLEscaping.text(entry.agency.code))</strong>: \(HTMLEscaping.text(list))"
            }
            out.append("<dt>\(HTMLEscaping.text(BriefPhrase.mexicanCounterparts(language)))</dt><dd>\(lines.joined(separator: "<br>"))</dd>")
        }
        out.append("</dl>")

        out.append("<h3>\(HTMLEscaping.text(BriefPhrase.contacts(language)))</h3>")
        if brief.contacts.isEmpty {
            out.append("<p>\(HTMLEscaping.text(BriefPhrase.noContacts(language)))</p>")
        } else {
            out.append("<table class=\"contacts\">")
            let headers: [BriefPhrase] = [.contactName, .contactAgency, .contactRole, .contactPhone, .contactEmail]
            out.append("<thead><tr>" + headers.map { "<th>\(HTMLEscaping.text($0(language)))</th>" }.joined() + "</tr></thead>")
            out.append("<tbody>")
            for contact in brief.contacts {
                let cells = [
                    contact.name ?? contact.id, contact.agency, contact.role,
                    contact.phones.map(HTMLEscaping.text).joined(separator: "<br>"), contact.email,
                ]
                let escaped = cells.enumerated().map { index, cell in index == 3 ? cell : HTMLEscaping.text(cell) }
                out.append("<tr>" + escaped.map { "<td>\($0)</td>" }.joined() + "</tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
        }

        out.append("<h3>\(HTMLEscaping.text(BriefPhrase.summary(language)))</h3>")
        let otherLanguage = brief.summary.inOtherLanguage
        let summaryLanguage = otherLanguage ? " lang=\"\(htmlLanguage(language.other))\"" : ""
        out.append("<p class=\"summary\"\(summaryLanguage)>\(HTMLEscaping.lines(brief.summary.text))</p>")
        for label in brief.summary.labels(language) {
            out.append("<p class=\"other-language\">\(HTMLEscaping.text(label))</p>")
        }

        out.append("<h3>\(HTMLEscaping.text(BriefPhrase.notes(language)))</h3>")
        if brief.notes.isEmpty {
            out.append("<p>\(HTMLEscaping.text(BriefPhrase.noNotes(language)))</p>")
        } else {
            out.append("<table class=\"notes\">")
            let headers: [BriefPhrase] = [.noteDate, .noteAuthor, .noteText]
            out.append("<thead><tr>" + headers.map { "<th>\(HTMLEscaping.text($0(language)))</th>" }.joined() + "</tr></thead>")
            out.append("<tbody>")
            for note in brief.notes {
                out.append("<tr><td class=\"when\">\(HTMLEscaping.text(BriefWording.time(note.at, language)))</td>"
                    + "<td>\(HTMLEscaping.text(note.author))</td><td>\(notReleasableFlag(note, language))\(HTMLEscaping.lines(note.text))</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
        }

        out.append("<h3>\(HTMLEscaping.text(BriefPhrase.linkedCases(language)))</h3>")
        if brief.links.isEmpty {
            out.append("<p>\(HTMLEscaping.text(BriefPhrase.noLinkedCases(language)))</p>")
        } else {
            out.append("<ul class=\"links\">")
            for link in brief.links {
                let id = included.contains(link.id)
                    ? "<a href=\"#\(anchor(link.id))\">\(HTMLEscaping.text(link.id))</a>" : HTMLEscaping.text(link.id)
                out.append("<li>\(id)\(link.title.map { " — " + shown($0, language) } ?? "")</li>")
            }
            out.append("</ul>")
        }
        out.append("</article>")
        return out
    }

    static func heading(_ brief: CaseBrief, _ language: Language) -> String {
        "\(HTMLEscaping.text(brief.id)) — \(shown(brief.title, language))"
    }

    /// A text, marked with its own language and a visible note when it is in the other one.
    static func shown(_ text: ShownText, _ language: Language) -> String {
        let body = text.inOtherLanguage
            ? "<span lang=\"\(htmlLanguage(language.other))\">\(HTMLEscaping.text(text.text))</span>" : HTMLEscaping.text(text.text)
        return ([body] + text.labels(language).map { "<span class=\"other-language\">\(HTMLEscaping.text($0))</span>" })
            .joined(separator: " ")
    }

    /// A full brief marks each note it may not give to a partner, in words, not by colour alone.
    static func notReleasableFlag(_ note: Note, _ language: Language) -> String {
        note.releasableToMexico ? ""
            : "<strong class=\"not-releasable\">\(HTMLEscaping.text(BriefPhrase.noteNotReleasable(language)))</strong><br>"
    }

    static func anchor(_ caseID: String) -> String {
        "case-" + BriefFileName.sanitized(caseID)
    }

    static func htmlLanguage(_ language: Language) -> String {
        language == .en ? "en" : "es-MX"
    }

    /// The style sheet: the banner repeats in the page margin of every printed page; sizes
    /// in mm and no fixed page size, so Letter and A4 both print without clipping.
    static func style(bannerText: String) -> String {
        let cssString = "\"" + bannerText.unicodeScalars.map { scalar in
            scalar.isASCII && scalar.properties.isAlphabetic || " :+—-ÉÁÍÓÚÑ".unicodeScalars.contains(scalar)
                ? String(scalar) : "\\" + String(scalar.value, radix: 16) + " "
        }.joined() + "\""
        return """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 54rem; padding: 1.5rem; color: #111; background: #fff;
              font: 11pt/1.45 "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
              overflow-wrap: anywhere; word-break: break-word; }
            .banner { background: #000; color: #fff; font-weight: 700; text-align: center; letter-spacing: .04em;
              padding: .35rem .5rem; margin: 0 0 1rem; }
            .banner.bottom { margin: 2rem 0 0; }
            .tlp-clear { color: #fff; } .tlp-green { color: #33ff00; }
            .tlp-amber, .tlp-amber-strict { color: #ffc000; } .tlp-red { color: #ff2b2b; }
            h1 { font-size: 1.5rem; margin: .5rem 0 .25rem; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #888; }
            h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
            .generated { color: #444; margin: 0 0 1rem; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
            dl.facts dt { font-weight: 600; }
            dl.facts dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; border: 1px solid #bbb; padding: .25rem .4rem; }
            th { background: #eee; }
            td.when { white-space: nowrap; }
            .other-language { font-style: italic; color: #555; }
            ul, ol { margin: .25rem 0; padding-left: 1.4rem; }
            @page { margin: 18mm 15mm;
              @top-center { content: \(cssString); font: 700 9pt sans-serif; }
              @bottom-center { content: \(cssString); font: 700 9pt sans-serif; } }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              .banner, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              article + article { break-before: page; }
              h2, h3 { break-after: avoid; }
              tr, li, dl.facts, .banner { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
            }

            """
    }
}
