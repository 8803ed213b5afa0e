import EnlaceText
/// One line of a detail: styled pieces of text, and the link it carries, if any.
struct DetailLine: Equatable {
    struct Piece: Equatable {
        var text: String
        var style: Style
    }

    var pieces: [Piece]
    /// Index into `AppState.detailLinks`.
    var link: Int?

    init(_ pieces: [Piece], link: Int? = nil) {
        self.pieces = pieces
        self.link = link
    }
}

/// Builds a detail's lines for one width: headings, fields, wrapped paragraphs and links.
struct DetailBuilder {
    let width: Int
    private(set) var lines: DetailLines
    /// Where each link leads, in order: what `]` walks and `Enter` follows.
    private(set) var links: [LinkTarget] = []
    /// Long paragraphs wrapped by earlier paints.
    private let wraps: WrappedTextCache?

    /// A builder for `width`; a width of 0 or less lays out no paragraph (links only). With
    /// `wraps`, long paragraphs are wrapped once per width and text.
    init(width: Int, wraps: WrappedTextCache? = nil) {
        self.width = width
        self.wraps = wraps
        lines = DetailLines(countingWorkIn: wraps)
    }

    static func piece(_ text: String, _ style: Style = .normal) -> DetailLine.Piece {
        DetailLine.Piece(text: text, style: style)
    }

    mutating func line(_ pieces: DetailLine.Piece...) { lines.append(DetailLine(pieces)) }

    /// A section heading, with a blank line before it unless it opens the detail.
    mutating func heading(_ text: String) {
        if !lines.isEmpty { lines.append(DetailLine([])) }
        lines.append(DetailLine([DetailBuilder.piece(text, Style(.header, .bold))]))
    }

    /// "Label: value" on one line; nothing when the value is empty.
    mutating func field(_ label: String, _ value: String, style: Style = .normal) {
        guard !value.isEmpty else { return }
        lines.append(DetailLine([DetailBuilder.piece(label + ": ", Style(.dim)), DetailBuilder.piece(value, style)]))
    }

    /// Text wrapped to the width, indented: kept wrapped, each line made when it is drawn.
    mutating func paragraph(_ text: String, indent: Int = 2, style: Style = .normal) {
        let wrapped = wraps?.wrapped(text, width: width - indent) ?? WordWrap.wrapped(text, width: width - indent)
        lines.append(wrapped, pad: String(repeating: " ", count: indent), style: style)
    }

    /// A link line: the next link of the detail. Drawn with room for the link cursor (`▸`).
    mutating func link(_ target: LinkTarget, _ pieces: [DetailLine.Piece]) {
        lines.append(DetailLine([DetailBuilder.piece("  ")] + pieces, link: links.count))
        links.append(target)
    }

    mutating func append(_ line: DetailLine) { lines.append(line) }
}
