import Dispatch
import EnlaceModel
import EnlaceStore
import Synchronization

/// Keeps the board current while other officers save: polls the data directory's
/// `ChangeStamp` (five `stat` calls) and, when it moved, reloads on a background queue so the
/// keyboard never waits for a load. The run loop collects the result with `takeReloaded()`.
final class DataReloader: Sendable {
    private struct Shared {
        var loadedStamp: ChangeStamp
        var isLoading = false
        var reloaded: LoadResult?
        var failure: StoreError?
    }

    private let store: Store
    private let shared: Mutex<Shared>
    private let wake: @Sendable () -> Void

    /// `stamp` is the directory's stamp taken before the data on screen were loaded, so a save
    /// that raced with that load is not missed.
    init(store: Store, loadedAt stamp: ChangeStamp, wake: @escaping @Sendable () -> Void) {
        self.store = store
        self.shared = Mutex(Shared(loadedStamp: stamp))
        self.wake = wake
    }

    /// Starts a reload when the directory changed since the last load and none is running.
    func poll() {
        let stamp = store.changeStamp()
        let start = shared.withLock { shared -> Bool in
            guard !shared.isLoading, stamp != shared.loadedStamp else { return false }
            shared.isLoading = true
            return true
        }
        guard start else { return }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = Result { () throws(StoreError) -> LoadResult in try store.load() }
            shared.withLock { shared in
                shared.isLoading = false
                shared.loadedStamp = stamp
                switch result {
                case .success(let loaded): shared.reloaded = loaded
                case .failure(let error): shared.failure = error
                }
            }
            wake()
        }
    }

    /// The data loaded since the last call, if any.
    func takeReloaded() -> LoadResult? {
        shared.withLock { shared in
            defer { shared.reloaded = nil }
            return shared.reloaded
        }
    }

    /// A reload that failed (a damaged `contacts.json`, the directory gone): the board keeps
    /// showing what it had and says why.
    func takeFailure() -> StoreError? {
        shared.withLock { shared in
            defer { shared.failure = nil }
            return shared.failure
        }
    }
}
