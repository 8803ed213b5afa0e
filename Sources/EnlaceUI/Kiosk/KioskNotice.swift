import EnlaceText

/// Why the wall display is not showing fresh data: it keeps running and says so.
public enum KioskNotice: Sendable, Equatable {
    /// Case files that could not be read were skipped; `firstPath` names one.
    case damagedCases(count: Int, firstPath: String)
    /// The data could not be read at all (a damaged `board.json`, the directory gone); the
    /// reason is worded by the caller, which knows the store's errors, in both languages.
    case unavailable(english: String, spanish: String)

    public func message(_ language: Language) -> String {
        switch self {
        case .damagedCases(let count, let path):
            return KioskPhrase.caseFilesDamaged(language, ["count": String(count), "path": path])
        case .unavailable(let english, let spanish):
            let reason = language == .es ? spanish : english
            return KioskPhrase.dataUnavailable(language, ["reason": reason]) + " — " + KioskPhrase.showingLastGood(language)
        }
    }
}
