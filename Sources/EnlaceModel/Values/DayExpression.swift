/// A day as people type it, in forms and queries alike: `2026-12-03`, `today`/`hoy`,
/// `tomorrow`/`mañana`, `yesterday`/`ayer`, and offsets from today in days or weeks (`+3d`,
/// `-2w`, Spanish `+2s` for semanas).
public enum DayExpression {
    /// What `text` names, or nil. `signed` offsets only (`+3d`, not `3d`) where a bare count
    /// would be ambiguous, as in a form's date field.
    public static func parse(_ text: some StringProtocol, unsignedOffsets: Bool = true) -> DayOperand? {
        let word = text.trimmingSpaces.lowercased()
        switch word {
        case "today", "hoy": return .relative(days: 0)
        case "tomorrow", "mañana", "manana": return .relative(days: 1)
        case "yesterday", "ayer": return .relative(days: -1)
        default: break
        }
        if let day = Day(iso: word) { return .day(day) }
        var rest = Substring(word)
        var sign = 1
        if let first = rest.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        } else if !unsignedOffsets {
            return nil
        }
        let unitDays: Int
        switch rest.last {
        case "d": unitDays = 1
        case "w", "s": unitDays = 7
        default: return nil
        }
        let digits = rest.dropLast()
        guard (1...5).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits) else {
            return nil
        }
        return .relative(days: sign * count * unitDays)
    }
}
