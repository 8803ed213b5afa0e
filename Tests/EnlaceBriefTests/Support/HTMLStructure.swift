/// A strict reading of the HTML the brief writes, for when html5lib is not there (and as a
/// second opinion when it is): every `<` opens or closes a known tag, elements nest and close,
/// attributes are double-quoted, and text holds no `<`, no `>` and no bare `&`.
enum HTMLStructure {
    static let voidElements: Set<String> = ["meta", "br"]
    static let knownElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "h3", "p", "nav", "ol", "ul",
        "li", "a", "article", "dl", "dt", "dd", "strong", "span", "table", "thead", "tbody", "tr", "th", "td", "br",
    ]
    static let knownAttributes: Set<String> = ["lang", "charset", "name", "content", "class", "id", "href"]

    /// The problems found; none for a good document.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var open: [String] = []
        var rest = Substring(html)
        guard rest.hasPrefix("<!DOCTYPE html>\n") else { return ["no <!DOCTYPE html> first"] }
        rest = rest.dropFirst("<!DOCTYPE html>\n".count)
        while let lt = rest.firstIndex(of: "<") {
            problems += textProblems(rest[..<lt], inside: open.last)
            guard let gt = rest[lt...].firstIndex(of: ">") else { return problems + ["a < never closed"] }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                guard open.last == name else { return problems + ["</\(name)> closes <\(open.last ?? "nothing")>"] }
                open.removeLast()
                continue
            }
            let parts = tag.split(separator: " ", maxSplits: 1)
            let name = String(parts.first ?? "")
            guard knownElements.contains(name) else { return problems + ["unknown element <\(name)>"] }
            if parts.count > 1 { problems += attributeProblems(parts[1], element: name) }
            if !voidElements.contains(name) { open.append(name) }
            if name == "style", let end = rest.range(of: "</style>") {
                // CSS is ours; it holds `>` selectors legitimately, but never a `<`.
                if rest[..<end.lowerBound].contains("<") { problems.append("a < inside <style>") }
                rest = rest[end.lowerBound...]
            }
        }
        problems += textProblems(rest, inside: nil)
        if !open.isEmpty { problems.append("never closed: \(open)") }
        return problems
    }

    static func textProblems(_ text: Substring, inside element: String?) -> [String] {
        var problems: [String] = []
        if text.contains(">") { problems.append("a raw > in text of <\(element ?? "")>: \(text.prefix(60))") }
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            let after = rest[amp...]
            let entity = after.prefix { $0 != ";" && $0 != " " }
            if !["&amp", "&lt", "&gt", "&quot", "&#39"].contains(String(entity)) || !after.dropFirst(entity.count).hasPrefix(";") {
                problems.append("a bare & in text: \(after.prefix(20))")
            }
            rest = rest[rest.index(after: amp)...]
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }) {
            problems.append("a control character in text of <\(element ?? "")>")
        }
        return problems
    }

    static func attributeProblems(_ attributes: Substring, element: String) -> [String] {
        var problems: [String] = []
        var rest = attributes
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            guard let equals = rest.firstIndex(of: "=") else { return problems + ["a bare attribute in <\(element)>"] }
            let name = String(rest[..<equals])
            if !knownAttributes.contains(name) { problems.append("attribute \(name) in <\(element)>") }
            rest = rest[rest.index(after: equals)...]
            guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else {
                return problems + ["an unquoted \(name) in <\(element)>"]
            }
            let value = rest[rest.index(after: rest.startIndex)..<close]
            if value.contains("<") || value.contains(">") { problems.append("< or > in \(name) of <\(element)>") }
            if name == "href", !value.hasPrefix("#") { problems.append("an href leaving the document: \(value)") }
            rest = rest[rest.index(after: close)...]
        }
        return problems
    }
}
