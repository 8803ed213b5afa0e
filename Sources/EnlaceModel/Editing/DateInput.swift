import Foundation

/// What an officer may type for a date: `2026-12-03`, `today`, `tomorrow`, `+3d`,
/// `+2w`, and in Spanish `hoy`, `mañana`. Blank means no date.
public enum DateInput {
    public enum Parsed: Sendable, Equatable {
        case day(Day)
        case none
    }

    /// The day `text` names relative to `today`, `.none` when blank, nil when not understood.
    public static func parse(_ text: String, today: Day) -> Parsed? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if word.isEmpty { return Parsed.none }
        switch word {
        case "today", "hoy": return .day(today)
        case "tomorrow", "mañana", "manana": return .day(today.adding(days: 1))
        default: break
        }
        if let day = Day(iso: word) { return .day(day) }
        guard word.hasPrefix("+") || word.hasPrefix("-"), let unit = word.last else { return nil }
        let factor: Int
        switch unit {
        case "d": factor = 1
        case "w": factor = 7
        default: return nil
        }
        let digits = word.dropFirst().dropLast()
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits) else { return nil }
        return .day(today.adding(days: (word.hasPrefix("-") ? -count : count) * factor))
    }
}
