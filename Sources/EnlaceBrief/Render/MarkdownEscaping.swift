import EnlaceText

/// Data text made literal under CommonMark (and GitHub's extensions): whatever a title holds,
/// `*x* [a](javascript:…)` or `# heading`, it renders as the characters it is.
enum MarkdownEscaping {
    /// Characters that start markup anywhere in a line. Backslash-escaping any ASCII punctuation
    /// is always allowed, so over-escaping is harmless; these are the ones that matter
    /// (`&` for entities, `|` and `~` for GFM tables and strikethrough).
    static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "#", "|", "~"]

    /// One line of data inside a line of ours (after `- **Status:** `, in a heading): terminal
    /// controls shown as placeholders, inline markup escaped, outer spaces trimmed.
    static func line(_ text: String) -> String {
        var escaped = ""
        let safe = SafeText.line(text)
        let trimmed = safe.drop { $0 == " " }
        for character in trimmed.reversed().drop(while: { $0 == " " }).reversed() {
            if inlineSpecials.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// One line of data that starts a line of the document: also what would open a block there
    /// (`- `, `+`, `=`, `1.`) is neutralized.
    static func block(_ text: String) -> String {
        neutralizeBlockStart(line(text))
    }

    /// Lines of data as CommonMark paragraphs: consecutive lines joined by hard line breaks,
    /// blank lines starting a new paragraph; each line after the first is indented by `indent`
    /// (a list item's continuation).
    static func paragraphs(_ text: String, indent: String) -> String {
        var paragraphs: [[String]] = [[]]
        for line in SafeText.lines(text).map(Self.block) {
            if line.isEmpty {
                if !(paragraphs.last ?? []).isEmpty { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        let kept = paragraphs.filter { !$0.isEmpty }
        // A backslash at the end of a line is CommonMark's hard line break; an escaped backslash
        // before it stays a literal one.
        return kept.map { $0.joined(separator: "\\\n" + indent) }.joined(separator: "\n\n" + indent)
    }

    static func neutralizeBlockStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "-+=".contains(first) { return "\\" + line }
        // An ordered-list marker: up to nine digits, then `.` or `)`.
        let digits = line.prefix(while: \.isASCIIDigitCharacter)
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")" { return digits + "\\" + rest }
        }
        return line
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
