/// Dates as each language writes them: "Nov 29, 2026" and "29 nov 2026".
public enum DateText {
    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let spanishMonths = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]

    /// A day given as year, month (1–12) and day, written for `language`.
    public static func day(year: Int, month: Int, day: Int, _ language: Language) -> String {
        let index = max(1, min(12, month)) - 1
        switch language {
        case .en: return "\(englishMonths[index]) \(day), \(year)"
        case .es: return "\(day) \(spanishMonths[index]) \(year)"
        }
    }
}
