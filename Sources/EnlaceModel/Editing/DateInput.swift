import Foundation

/// What an officer may type in a date field: a `DayExpression` with a signed offset (`+3d`,
/// `-2w`), or blank for no date.
public enum DateInput {
    public enum Parsed: Sendable, Equatable {
        case day(Day)
        case none
    }

    /// The day `text` names relative to `today`, `.none` when blank, nil when not understood.
    /// Offsets need their sign here: a bare `3` or `3d` in a date field is more likely a slip.
    public static func parse(_ text: String, today: Day) -> Parsed? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return Parsed.none }
        return DayExpression.parse(text, unsignedOffsets: false).map { .day($0.day(today: today)) }
    }
}
