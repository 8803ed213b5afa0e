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
}
