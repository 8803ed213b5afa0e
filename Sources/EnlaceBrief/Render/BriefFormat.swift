/// The formats a brief is written in; the raw values are what `--format` takes.
public enum BriefFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case text = "txt"
    case html
    case json

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The format a file name asks for: `brief.html` → `.html`, `notes.markdown` → `.markdown`.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "txt", "text": self = .text
        case "html", "htm": self = .html
        case "json": self = .json
        default: return nil
        }
    }
}
