/// The system call a failure is about (`FileFailure`, `StoreError.io`), so a message can say
/// "could not rename ...".
public enum FileOperation: String, Sendable, Equatable {
    case open, read, write, sync, rename, remove, lock, list, createDirectory, status
}
