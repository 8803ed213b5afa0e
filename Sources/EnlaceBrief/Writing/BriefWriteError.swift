import EnlaceText
import Foundation

/// Why a brief file was not written. In every case nothing was left behind: no temp file, and
/// the file at `path` (if any) untouched.
public enum BriefWriteError: Error, Sendable, Equatable {
    /// A file is already there and `force` was not given.
    case exists(path: String)
    /// The path is a symbolic link: a brief is never written through one, even with `force`.
    case isSymlink(path: String)
    /// The path is a device, a FIFO or a socket: never replaced, even with `force`.
    case notRegularFile(path: String)
    /// The system refused (no such directory, no space, no permission): `errno` says why.
    case io(path: String, errno: Int32)

    public var path: String {
        switch self {
        case let .exists(path), let .isSymlink(path), let .notRegularFile(path), let .io(path, _): path
        }
    }

    public func message(_ language: Language) -> String {
        let shownPath = SafeText.line(path)
        switch self {
        case .exists: return BriefPhrase.errorExists(language, ["path": shownPath])
        case .isSymlink: return BriefPhrase.errorIsSymlink(language, ["path": shownPath])
        case .notRegularFile: return BriefPhrase.errorNotRegularFile(language, ["path": shownPath])
        case let .io(_, code):
            return BriefPhrase.errorIO(language, ["path": shownPath, "reason": String(cString: strerror(code))])
        }
    }
}
