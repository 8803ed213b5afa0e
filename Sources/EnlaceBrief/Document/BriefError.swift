import EnlaceText

/// Why a brief could not be made or written.
public enum BriefError: Error, Sendable, Equatable {
    /// A releasable brief was asked for cases that are not releasable to Mexico at all.
    case notReleasable(caseIDs: [String])
    /// An id given on the command line that the board does not have.
    case unknownCase(id: String)
    /// Nothing to brief: a filter that matched nothing, or an empty list.
    case noCases
    /// Both case ids and a filter were given.
    case idsAndFilter
    /// Neither case ids nor a filter were given.
    case noIDsNorFilter
    /// The JSON encoder refused the records (not expected for valid records).
    case encodingFailed(reason: String)
    /// Writing the file failed.
    case write(BriefWriteError)

    /// The one-line message, in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case let .notReleasable(caseIDs): BriefPhrase.errorNotReleasable(language, ["ids": caseIDs.joined(separator: ", ")])
        case let .unknownCase(id): BriefPhrase.errorUnknownCase(language, ["id": SafeText.line(id)])
        case .noCases: BriefPhrase.errorNoCases(language)
        case .idsAndFilter: BriefPhrase.errorIDsAndFilter(language)
        case .noIDsNorFilter: BriefPhrase.errorNoIDsNorFilter(language)
        case let .encodingFailed(reason): BriefPhrase.errorEncoding(language, ["reason": reason])
        case let .write(error): error.message(language)
        }
    }
}
