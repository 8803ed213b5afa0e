/// The system call a `StoreError.io` is about, so a message can say "could not rename ...".
public enum FileOperation: String, Sendable, Equatable {
    case open, read, write, sync, rename, remove, lock, list, createDirectory, status
}
