import EnlaceModel

extension DateText {
    /// A `Day` as `language` writes it: "Nov 29, 2026", "29 nov 2026".
    public static func day(_ day: Day, _ language: Language) -> String {
        DateText.day(year: day.year, month: day.month, day: day.day, language)
    }

    /// The day (UTC) of a `Timestamp`.
    public static func day(_ timestamp: Timestamp, _ language: Language) -> String {
        day(timestamp.day, language)
    }

    /// The day and the minute (UTC) of a `Timestamp`: "Nov 29, 2026 14:05 UTC",
    /// "29 nov 2026 14:05 UTC". Files hold UTC, and officers at different posts read one board.
    public static func minute(_ timestamp: Timestamp, _ language: Language) -> String {
        let secondsOfDay = Int(timestamp.secondsSinceEpoch - Int64(timestamp.day.daysSinceEpoch) * 86_400)
        let hour = secondsOfDay / 3600, minute = secondsOfDay % 3600 / 60
        let clock = (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
        return day(timestamp, language) + " " + clock + " UTC"
    }
}
