/// Something a load or a check noticed that does not stop the board: shown as a warning.
public enum StoreWarning: Sendable, Equatable {
    /// A line of `audit.jsonl` ends before its entry does: an append cut short by a crash. It is
    /// kept as it is, and the next append starts on a line of its own. `line` is nil when only the
    /// end of the file was read (a load reads no more, whatever the size of the log).
    case tornAuditLine(path: String, line: Int?)
    /// A temp file (or directory) a killed writer left could not be removed: `errno` says why
    /// (a directory with something inside says ENOTEMPTY). It is left as it is.
    case strayTempKept(path: String, errno: Int32)
}
