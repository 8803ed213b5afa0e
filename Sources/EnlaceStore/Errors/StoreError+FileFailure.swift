import EnlaceFiles

/// The names the store's errors use for the shared file types.
public typealias FileKind = EnlaceFiles.FileKind
public typealias FileOperation = EnlaceFiles.FileOperation
typealias SystemCalls = EnlaceFiles.SystemCalls

extension StoreError {
    /// A failure of the shared file code as the store reports it: anything but a regular file
    /// is damage, a failed call an I/O error.
    init(_ failure: FileFailure) {
        switch failure {
        case let .notRegularFile(path, kind):
            self = .damaged(path: path, line: 0, column: 0, reason: .notRegularFile(kind: kind))
        case let .system(path, operation, code):
            self = .io(path: path, operation: operation, errno: code)
        }
    }
}
