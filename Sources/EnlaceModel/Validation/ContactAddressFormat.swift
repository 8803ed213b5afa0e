/// The shapes of the ways to reach a contact, checked loosely: enough to catch a value typed
/// in the wrong field or cut short, never so strict that a real address is refused.
public enum ContactAddressFormat {
    /// `name@domain.tld`: one `@` with text on both sides, a dot inside the domain, no spaces.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
              !local.isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// Seven to fifteen digits (E.164 allows fifteen), an optional leading `+`, and spaces,
    /// dashes, dots or parentheses between them; an extension may follow as `ext. 123` or `x123`.
    public static func isPhone(_ text: String) -> Bool {
        var number = Substring(text)
        if let fullExtension = text.firstMatch(of: /\s+(?i:ext\.?|x)\s*\d{1,6}$/) {
            number = text[..<fullExtension.range.lowerBound]
        }
        if number.first == "+" { number = number.dropFirst() }
        var digits = 0
        for character in number {
            if character.isASCIIDigit { digits += 1 }
            else if !" -.()".contains(character) { return false }
        }
        return (7...15).contains(digits)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
