import Foundation

/// Untrusted text made safe to show: every field of every data file goes through here before
/// it reaches the screen or a text export (DESIGN.md, terminal rules).
///
/// Controls that a terminal would act on become visible placeholders instead of being dropped,
/// so an officer sees that a record holds something odd: C0 controls and DEL become their
/// Control Pictures (ESC shows as `␛`), C1 controls, bidi controls, zero-width characters and
/// line/paragraph separators become `�`. The result is NFC.
///
/// Two zero-width characters are kept where they are a letter's or an emoji's business:
/// U+200D ZERO WIDTH JOINER and U+200C ZERO WIDTH NON-JOINER between two visible characters
/// beyond Latin. Persian writes می‌خواهم with a ZWNJ, Indic scripts choose half forms with them,
/// and 👨‍👩‍👧 is three emoji joined by ZWJ. Between Latin letters (`pay\u{200D}pal`), at either
/// end of a line or beside a space or another control they stay placeholders.
public enum SafeText {
    public static let placeholder: Character = "\u{FFFD}"

    /// One line of text: a newline is a control too, and shows as `␊`.
    public static func line(_ text: String) -> String {
        // Printable ASCII is already safe and NFC; most of a screen is, and normalizing is costly.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        // Below U+0300 nothing combines or decomposes: Spanish text is NFC as it stands.
        let normalized = text.unicodeScalars.allSatisfy({ $0.value < 0x300 })
            ? text : text.precomposedStringWithCanonicalMapping
        if !normalized.unicodeScalars.contains(where: isUnsafe) { return normalized }
        let scalars = Array(normalized.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if isJoiner(scalar), joins(after: previous), next.map(isVisibleBeyondLatin) == true {
                result.append(scalar)
            } else {
                result.append(contentsOf: replacement(for: scalar))
            }
        }
        return String(result)
    }

    /// Multi-line text as its lines (`\n`, `\r\n` split), each made safe; a lone `\r` is shown.
    public static func lines(_ text: String) -> [String] {
        text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }
    }

    /// Whether `scalar` is one that never reaches a terminal as itself.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0x061C, 0xFEFF: return true
        default: return false
        }
    }

    /// `json` (encoder output) with every unsafe character written `\uXXXX`: JSONEncoder writes
    /// DEL, C1 controls and bidi or zero-width characters as they are, and a terminal that shows
    /// the output could act on them; escaped, they mean the same to a JSON reader. Structural
    /// JSON is ASCII, so these only ever occur inside strings.
    public static func escapingInJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isUnsafe) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard isUnsafe(scalar), scalar != "\n" else {
                out.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: false)
            out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
        }
        return String(out)
    }

    /// Whether `scalar` is U+200D ZERO WIDTH JOINER or U+200C ZERO WIDTH NON-JOINER.
    public static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200C || scalar.value == 0x200D
    }

    /// Whether a joiner right after `previous` joins letters or emoji rather than hiding in
    /// Latin text: `previous` is a visible character beyond Latin.
    public static func joins(after previous: Unicode.Scalar?) -> Bool {
        previous.map(isVisibleBeyondLatin) ?? false
    }

    /// Beyond Latin-1 and Latin Extended (at or above U+0300), not a space, not unsafe.
    private static func isVisibleBeyondLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && !isUnsafe(scalar) && scalar.properties.generalCategory != .spaceSeparator
    }

    static func replacement(for scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0x00...0x1F: return [Unicode.Scalar(0x2400 + scalar.value)!]
        case 0x7F: return ["\u{2421}"]
        default: return isUnsafe(scalar) ? ["\u{FFFD}"] : [scalar]
        }
    }
}
