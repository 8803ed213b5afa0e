import EnlaceText

/// A case file the board could not read and left out: `path`, and the one line `enlace check`
/// prints for it (`path:line:column: what is wrong`) in both languages, worded at the edge by
/// the caller, which knows the store's errors.
public struct DamagedCaseFile: Sendable, Equatable {
    public var path: String
    public var english: String
    public var spanish: String

    public init(path: String, english: String, spanish: String) {
        self.path = path
        self.english = english
        self.spanish = spanish
    }

    public func message(_ language: Language) -> String {
        SafeText.line(language == .es ? spanish : english)
    }
}
