/// A help screen of swift-argument-parser read back into its parts, so that its words can be
/// replaced before it is wrapped to the terminal's width exactly as ArgumentParser wraps it
/// (`HelpGenerator` and `String.wrapped(to:wrappingIndent:)` of version 1.8.2).
///
/// Why not replace words in the wrapped screen: a longer word would push a line past the
/// width, and a longer label (`board (predeterminado)`) would shift its description out of
/// the column. The screen is asked for at `unwrappedWidth`, so that each paragraph and each
/// description is one line, and laid out again here.
struct HelpLayout: Equatable {
    /// A width at which ArgumentParser wraps nothing.
    static let unwrappedWidth = 1_000_000
    /// Where ArgumentParser starts the descriptions of options, arguments and subcommands.
    static let descriptionColumn = 26
    static let labelIndent = 2

    enum Part: Equatable {
        /// `OVERVIEW:` with the command's abstract and discussion, wrapped as one text.
        case overview(String)
        /// A line ArgumentParser does not wrap: usage, headings, blank lines, the closing hint.
        case verbatim(String)
        /// An option, argument or subcommand: its label and the description beside it.
        case element(label: String, description: String)
    }

    var parts: [Part]

    /// Reads a screen ArgumentParser rendered at `unwrappedWidth`; `usagePrefix` (`USAGE: `)
    /// marks where the overview ends.
    init(unwrapped text: String, usagePrefix: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var parts: [Part] = []
        var index = 0
        if let usage = lines.firstIndex(where: { $0.hasPrefix(usagePrefix) }), usage > 0 {
            var overviewEnd = usage
            while overviewEnd > 0, lines[overviewEnd - 1].isEmpty { overviewEnd -= 1 }
            parts.append(.overview(lines[..<overviewEnd].joined(separator: "\n")))
            index = overviewEnd
        }
        let descriptionIndent = String(repeating: " ", count: Self.descriptionColumn)
        var inSection = false
        while index < lines.count {
            let line = lines[index]
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            if line.isEmpty {
                inSection = false
            } else if !line.hasPrefix(" "), line.hasSuffix(":") {
                inSection = true
            } else if inSection, let label = Self.label(of: line) {
                if next.hasPrefix(descriptionIndent) {
                    // A label too long for the column: its description is on the next line.
                    parts.append(.element(label: label, description: String(next.dropFirst(Self.descriptionColumn))))
                    index += 2
                    continue
                }
                parts.append(Self.element(line, label: label))
                index += 1
                continue
            }
            parts.append(.verbatim(line))
            index += 1
        }
        self.parts = parts
    }

    /// The label of an element line (`  --data <dir>   The data…`), or nil for any other line.
    private static func label(of line: String) -> String? {
        guard line.hasPrefix("  "), line.dropFirst(labelIndent).first.map({ $0 != " " }) == true else { return nil }
        return String(line.dropFirst(labelIndent))
    }

    private static func element(_ line: String, label wholeLine: String) -> Part {
        let characters = Array(line)
        // The description starts at the column only if the label ends, padded, before it.
        if characters.count > descriptionColumn, characters[descriptionColumn - 1] == " ",
           characters[descriptionColumn] != " " {
            let label = String(characters[labelIndent..<descriptionColumn]).trimmingTrailingSpaces()
            return .element(label: label, description: String(characters[descriptionColumn...]))
        }
        return .element(label: wholeLine, description: "")
    }

    /// Every text of the screen passed through `transform` (labels and descriptions apart).
    func mapText(_ transform: (String) -> String) -> HelpLayout {
        var copy = self
        copy.parts = parts.map { part in
            switch part {
            case let .overview(text):
                .overview(text.split(separator: "\n", omittingEmptySubsequences: false).map { transform(String($0)) }
                    .joined(separator: "\n"))
            case let .verbatim(line): .verbatim(transform(line))
            case let .element(label, description): .element(label: transform(label), description: transform(description))
            }
        }
        return copy
    }

    /// The screen wrapped to `width` columns as ArgumentParser would have wrapped it.
    func rendered(width: Int) -> String {
        parts.map { part -> String in
            switch part {
            case let .overview(text): return Self.wrapped(text, to: width, indent: 0)
            case let .verbatim(line): return line
            case let .element(label, description):
                let paddedLabel = String(repeating: " ", count: Self.labelIndent) + label
                guard !description.isEmpty else { return paddedLabel }
                let wrapped = Self.wrapped(description, to: width, indent: Self.descriptionColumn)
                if paddedLabel.count < Self.descriptionColumn { return paddedLabel + wrapped.dropFirst(paddedLabel.count) }
                return paddedLabel + "\n" + wrapped
            }
        }.joined(separator: "\n")
    }

    /// ArgumentParser's `String.wrapped(to:wrappingIndent:)`: lines of at most `width - indent`
    /// characters broken at the last space, each but the empty ones indented. Where
    /// ArgumentParser would stop on a width too small for the indent, the text stays unwrapped.
    static func wrapped(_ text: String, to width: Int, indent: Int) -> String {
        let columns = width - indent
        var lines: [Substring] = []
        if columns <= 0 {
            lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        } else {
            var current = text.startIndex
            while true {
                let chunk = text[current...].prefix(columns)
                if let lastBreak = chunk.lastIndex(of: "\n") {
                    lines += text[current..<lastBreak].split(separator: "\n", omittingEmptySubsequences: false)
                    current = text.index(after: lastBreak)
                } else if chunk.endIndex == text.endIndex {
                    lines.append(text[current...])
                    break
                } else if let lastSpace = chunk.lastIndex(of: " ") {
                    lines.append(text[current..<lastSpace])
                    current = text.index(after: lastSpace)
                } else if let nextSpace = text[current...].firstIndex(of: " ") {
                    lines.append(text[current..<nextSpace])
                    current = text.index(after: nextSpace)
                } else {
                    lines.append(text[current...])
                    break
                }
            }
        }
        let indentation = String(repeating: " ", count: indent)
        return lines.map { $0.isEmpty ? "" : indentation + $0 }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
