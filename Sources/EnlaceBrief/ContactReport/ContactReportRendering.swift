import EnlaceModel
import EnlaceText
import Foundation

/// The monthly contact report in each format, with the briefs' escaping: Markdown and HTML
/// escape every data text, plain text is safe to `cat`, JSON escapes what a terminal would act on.
extension ContactReportDocument {
    public func rendered(as format: BriefFormat) throws(BriefError) -> String {
        switch format {
        case .markdown: markdown()
        case .text: plainText()
        case .html: html()
        case .json: try json()
        }
    }

    private func markdown() -> String {
        let banner = "**\(MarkdownEscaping.line(banner))**"
        var out = [banner, "# \(MarkdownEscaping.line(heading))", MarkdownEscaping.block(generatedLine),
                   MarkdownEscaping.block(summaryLine)]
        if groups.isEmpty { out.append(MarkdownEscaping.block(BriefPhrase.contactReportEmpty(language))) }
        var agency: String?
        for group in groups {
            if group.agency != agency {
                out.append("## \(MarkdownEscaping.line(agencyTitle(group)))")
                agency = group.agency
            }
            out.append("### \(MarkdownEscaping.line(title(group)))")
            out.append(group.entries.map { "- " + MarkdownEscaping.line(line($0)) }.joined(separator: "\n"))
        }
        out += ["---", banner]
        return out.joined(separator: "\n\n") + "\n"
    }

    private func plainText() -> String {
        let width = PlainTextRenderer.width
        let rule = String(repeating: "=", count: width)
        var out = [rule] + PlainTextRenderer.wrap(banner) + [rule, ""]
        out += PlainTextRenderer.wrap(heading) + PlainTextRenderer.wrap(generatedLine) + PlainTextRenderer.wrap(summaryLine)
        if groups.isEmpty { out += [""] + PlainTextRenderer.wrap(BriefPhrase.contactReportEmpty(language)) }
        var agency: String?
        for group in groups {
            if group.agency != agency {
                out += ["", String(repeating: "-", count: width)] + PlainTextRenderer.wrap(agencyTitle(group))
                agency = group.agency
            }
            out += [""] + PlainTextRenderer.wrap(title(group))
            for entry in group.entries { out += PlainTextRenderer.wrap(line(entry), first: "  - ", rest: "    ") }
        }
        out += ["", rule] + PlainTextRenderer.wrap(banner) + [rule]
        return out.joined(separator: "\n") + "\n"
    }

    private func html() -> String {
        let bannerText = HTMLEscaping.text(banner)
        let tlpClass = "tlp-" + marking.shortName.lowercased().replacing("+", with: "-")
        var out = ["<!DOCTYPE html>", "<html lang=\"\(language == .es ? "es" : "en")\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>\(HTMLEscaping.text(heading))</title>", "<style>\n\(HTMLRenderer.style(bannerText: banner))</style>",
                   "</head>", "<body>", "<div class=\"banner \(tlpClass)\">\(bannerText)</div>", "<header>",
                   "<h1>\(HTMLEscaping.text(heading))</h1>", "<p class=\"generated\">\(HTMLEscaping.text(generatedLine))</p>",
                   "<p>\(HTMLEscaping.text(summaryLine))</p>", "</header>"]
        if groups.isEmpty { out.append("<p>\(HTMLEscaping.text(BriefPhrase.contactReportEmpty(language)))</p>") }
        var agency: String?
        for group in groups {
            if group.agency != agency {
                out.append("<h2>\(HTMLEscaping.text(agencyTitle(group)))</h2>")
                agency = group.agency
            }
            out.append("<h3>\(HTMLEscaping.text(title(group)))</h3>")
            out.append("<ul>")
            out += group.entries.map { "<li>\(HTMLEscaping.text(line($0)))</li>" }
            out.append("</ul>")
        }
        out += ["<div class=\"banner bottom \(tlpClass)\">\(bannerText)</div>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private struct Envelope: Encodable {
        var month: String
        var generatedAt: Timestamp
        var generatedBy: String
        var language: Language
        var releasable: Bool
        var marking: Marking
        var entries: [LogEntryWithReportState]
    }

    private func json() throws(BriefError) -> String {
        let envelope = Envelope(
            month: month, generatedAt: generatedAt, generatedBy: generatedBy, language: language, releasable: releasable,
            marking: marking, entries: entries.map { LogEntryWithReportState($0, today: generatedAt.day) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return SafeText.escapingInJSON(String(decoding: try encoder.encode(envelope), as: UTF8.self)) + "\n"
        } catch {
            throw .encodingFailed(reason: String(describing: error))
        }
    }
}
