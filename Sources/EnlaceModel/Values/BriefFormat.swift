/// The formats a brief is written in; the raw values are what `--format` takes.
public enum BriefFormat: String, CaseIterable, Sendable, Hashable {
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

    /// The format asked for, else the one the output file's name asks for, else Markdown.
    public static func resolve(explicit: BriefFormat?, outputPath: String?) -> BriefFormat {
        if let explicit { return explicit }
        if let outputPath, let dot = outputPath.lastIndex(of: "."),
           let format = BriefFormat(pathExtension: String(outputPath[outputPath.index(after: dot)...])) {
            return format
        }
        return .markdown
    }
}
