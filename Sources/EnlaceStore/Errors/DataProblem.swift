/// A file that could not be loaded while the rest of the board could: a damaged case file.
///
/// The board still opens; the command line and the board show each problem in one line
/// (`path:line:column: what is wrong`), and `enlace check` exits 2 while any remains.
public struct DataProblem: Error, Sendable, Equatable {
    public var path: String
    public var line: Int
    public var column: Int
    public var reason: DamageReason

    public init(path: String, line: Int, column: Int, reason: DamageReason) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The same problem as an error, for callers that report problems and errors alike.
    public var error: StoreError { .damaged(path: path, line: line, column: column, reason: reason) }
}
