import EnlaceText

/// Data text made into HTML text: controls shown as placeholders (an HTML5 parser rejects
/// them, and a terminal `cat` of the file must not act on them), then the five characters
/// that HTML gives a meaning written as entities.
enum HTMLEscaping {
    static func text(_ text: String) -> String {
        var escaped = ""
        for character in SafeText.line(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Several lines, kept as lines.
    static func lines(_ text: String) -> String {
        SafeText.lines(text).map(Self.text).joined(separator: "<br>\n")
    }
}
