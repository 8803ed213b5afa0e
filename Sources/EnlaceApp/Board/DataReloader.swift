import Dispatch
import EnlaceModel
import EnlaceStore
import EnlaceUI
import Synchronization

/// Keeps the board's whole cases current off the keyboard's thread.
///
/// Its first load reads every case (a board painted from its list index waits for it to edit);
/// after that it polls the data directory's `ChangeStamp` (five `stat` calls) and, when it moved
/// because another officer saved, reloads with `Store.reload(_:)`, which reads again only the
/// case files that changed. With each result it works out the board's lookups, the cases in
/// every order and their drift from the search index in use (`PreparedLookups`), which would
/// otherwise cost the keyboard's thread time in the number of cases. The runtime collects results with `takeReloaded()`.
final class DataReloader: Sendable {
    private struct Shared {
        /// The directory's stamp when the last load started; nil until a first load ends.
        var loadedStamp: ChangeStamp?
        /// The last load, which the next reload builds on.
        var previous: LoadResult?
        var isLoading = false
        var reloaded: (loaded: LoadResult, prepared: PreparedLookups?)?
        var failure: StoreError?
    }

    private let store: Store
    private let shared = Mutex(Shared())
    /// Entered while a load runs, for `waitForLoad`.
    private let loading = DispatchGroup()
    private let wake: @Sendable () -> Void
    /// The board's lookups are worked out with each load; the kiosk, which has its own, says no.
    private let preparesLookups: Bool

    /// A reloader that has loaded nothing yet: its first `poll()` loads the whole board.
    init(store: Store, preparesLookups: Bool = true, wake: @escaping @Sendable () -> Void) {
        self.store = store
        self.preparesLookups = preparesLookups
        self.wake = wake
    }

    /// `stamp` is the directory's stamp taken before `loaded` was read, so a save that raced
    /// with that load is not missed.
    init(
        store: Store, loaded: LoadResult, loadedAt stamp: ChangeStamp, preparesLookups: Bool = true,
        wake: @escaping @Sendable () -> Void
    ) {
        self.store = store
        self.preparesLookups = preparesLookups
        self.wake = wake
        shared.withLock { shared in
            shared.previous = loaded
            shared.loadedStamp = stamp
        }
    }

    /// Starts a load when nothing was loaded yet or the directory changed since the last load,
    /// and none is running; its lookups are prepared against `searchIndex`, the board's index in use.
    func poll(against searchIndex: CaseSearch.Built? = nil) {
        let stamp = store.changeStamp()
        let previous = shared.withLock { shared -> LoadResult?? in
            guard !shared.isLoading, stamp != shared.loadedStamp else { return nil }
            shared.isLoading = true
            return .some(shared.previous)
        }
        guard let previous else { return }
        loading.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = Result { () throws(StoreError) -> LoadResult in try store.reload(previous) }
            let prepared = preparesLookups ? try? result.map { PreparedLookups($0.data, searchIndex: searchIndex) }.get() : nil
            shared.withLock { shared in
                shared.isLoading = false
                shared.loadedStamp = stamp
                switch result {
                case .success(let loaded):
                    shared.previous = loaded
                    shared.reloaded = (loaded, prepared)
                case .failure(let error): shared.failure = error
                }
            }
            loading.leave()
            wake()
        }
    }

    /// Waits for the load that `poll()` started, if any, to end.
    func waitForLoad() {
        loading.wait()
    }

    /// The data loaded since the last call, if any, with its lookups.
    func takeReloaded() -> (loaded: LoadResult, prepared: PreparedLookups?)? {
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
