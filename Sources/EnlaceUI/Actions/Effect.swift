/// What `update` asks the world to do; the run loop carries effects out (the store saves, the
/// terminal quits). The UI itself never touches a file.
///
/// Editing (issue 4) adds cases such as `.save(...)` and `.appendNote(...)` here.
public enum Effect: Sendable, Equatable {
    /// Restore the terminal and end the program.
    case quit
    /// Write a brief into the export directory (the board's `x`), then report `.exportFinished`.
    case export(ExportRequest)
}
