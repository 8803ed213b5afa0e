import EnlaceText
import Foundation

/// ArgumentParser's own English put into the command line's language, at the one place its
/// output reaches the user (main.swift). The English texts of `ArgumentParserPhrase` are
/// ArgumentParser's, with `{name}` where it puts a value; each is found by that pattern and
/// replaced by the same phrase in the other language, values kept.
enum ArgumentParserWording {
    /// Where a phrase sits in a line of ArgumentParser's text.
    enum Place {
        /// The whole line (a heading).
        case line
        /// The end of the line (`(default: 5.0)` after a description).
        case end
        /// Anywhere, as often as it occurs (a phrase without values).
        case anywhere
    }

    /// The help screen's phrases, tried in this order on every line, label and description:
    /// more specific patterns before the ones they contain.
    static let helpRules: [(phrase: ArgumentParserPhrase, place: Place)] = [
        (.overview, .line), (.usage, .line),
        (.argumentsHeading, .line), (.optionsHeading, .line), (.subcommandsHeading, .line),
        (.detailedHelp, .end),
        (.possibleValuesAndDefault, .end), (.possibleValues, .end), (.defaultValue, .end),
        (.helpFlag, .anywhere), (.helpCommandAbstract, .anywhere), (.defaultSubcommand, .anywhere),
        (.subcommandValue, .anywhere), (.subcommandsValue, .anywhere),
    ]

    /// The usage errors ArgumentParser can give Enlace's commands, each a whole first line of
    /// its message; the first that matches is used.
    static let errorRules: [ArgumentParserPhrase] = [
        .unknownOptionWithSuggestion, .unknownOption, .missingArgument, .missingValue,
        .unexpectedArgument, .unexpectedArguments, .valueNotTaken, .invalidValueWithChoices, .invalidValue,
    ]

    /// ArgumentParser's help screen, rendered at `HelpLayout.unwrappedWidth`, in `language`
    /// and wrapped to `width`.
    static func help(_ unwrapped: String, in language: Language, width: Int) -> String {
        let usagePrefix = String(ArgumentParserPhrase.usage.english.prefix { $0 != "{" })
        let screen = HelpLayout(unwrapped: unwrapped, usagePrefix: usagePrefix)
        guard language != .en else { return screen.rendered(width: width) }
        return screen.mapText { helpText($0, in: language) }.rendered(width: width)
    }

    /// One line, label or description of a help screen in `language`.
    static func helpText(_ text: String, in language: Language) -> String {
        guard language != .en else { return text }
        var result = text
        for (phrase, place) in helpRules {
            result = replacing(phrase, at: place, in: result, language: language) ?? result
        }
        return result
    }

    /// The first line of a usage error in `language`; a message ArgumentParser words in a way
    /// this table does not know stays as it is.
    static func error(_ message: String, in language: Language) -> String {
        guard language != .en else { return message }
        for phrase in errorRules {
            if let translated = replacing(phrase, at: .line, in: message, language: language) { return translated }
        }
        return message
    }

    /// `text` with the English of `phrase` at `place` replaced by its text in `language`, or
    /// nil when the English is not there.
    static func replacing(_ phrase: ArgumentParserPhrase, at place: Place, in text: String, language: Language) -> String? {
        let english = Template(phrase.english)
        if case .anywhere = place {
            guard text.contains(phrase.english) else { return nil }
            return text.replacingOccurrences(of: phrase.english, with: phrase.template(language))
        }
        let anchored = place == .line ? "^" + english.pattern + "$" : english.pattern + "$"
        guard let expression = try? NSRegularExpression(pattern: anchored),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let whole = Range(match.range, in: text) else { return nil }
        var values: [String: String] = [:]
        for (number, name) in english.placeholders.enumerated() {
            guard let range = Range(match.range(at: number + 1), in: text) else { continue }
            values[name] = String(text[range])
        }
        if let choices = values["choices"] { values["choices"] = listed(choices) }
        return text.replacingCharacters(in: whole, with: Template(phrase.template(language)).filled(values))
    }

    /// ArgumentParser's list of allowed values (`'en' and 'es'`, `'a', 'b' or 'c'`) without
    /// its English conjunction: `'en', 'es'`.
    static func listed(_ choices: String) -> String {
        let quoted = choices.matches(of: /'[^']*'/).map { String($0.output) }
        return quoted.isEmpty ? choices : quoted.joined(separator: ", ")
    }

    /// A catalog template split into its literal text and its `{name}` placeholders.
    struct Template {
        enum Segment { case literal(String), placeholder(String) }
        let segments: [Segment]

        init(_ template: String) {
            var segments: [Segment] = []
            var rest = Substring(template)
            while let match = rest.firstMatch(of: /\{([a-zA-Z]+)\}/) {
                if match.range.lowerBound > rest.startIndex { segments.append(.literal(String(rest[..<match.range.lowerBound]))) }
                segments.append(.placeholder(String(match.output.1)))
                rest = rest[match.range.upperBound...]
            }
            if !rest.isEmpty { segments.append(.literal(String(rest))) }
            self.segments = segments
        }

        var placeholders: [String] {
            segments.compactMap { if case let .placeholder(name) = $0 { name } else { nil } }
        }

        /// A regular expression for the template, each placeholder a group.
        var pattern: String {
            segments.map { segment in
                switch segment {
                case let .literal(text): NSRegularExpression.escapedPattern(for: text)
                case .placeholder: "(.*?)"
                }
            }.joined()
        }

        func filled(_ values: [String: String]) -> String {
            segments.map { segment in
                switch segment {
                case let .literal(text): text
                case let .placeholder(name): values[name] ?? "{\(name)}"
                }
            }.joined()
        }
    }
}
