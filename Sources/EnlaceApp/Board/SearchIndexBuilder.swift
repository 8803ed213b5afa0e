import Dispatch
import EnlaceModel
import EnlaceUI
import Synchronization

/// Builds the cases' search index off the keyboard's thread (seconds on a large board) and
/// hands it to the runtime, which gives it to `update` as `.searchIndexBuilt`.
/// Until the first arrives the filter works through `Query.matches`; until a newer one
/// arrives, the one in use answers for the cases that did not change (`CaseSearch`).
final class SearchIndexBuilder: Sendable {
    private let finished = Mutex<CaseSearch.Built?>(nil)
    private let wake: @Sendable () -> Void

    init(wake: @escaping @Sendable () -> Void) { self.wake = wake }

    /// Starts building for `cases`, the data of `generation`.
    func build(_ cases: CaseTable, generation: Int) {
        DispatchQueue.global(qos: .utility).async { [self] in
            let built = CaseSearch.Built(indexing: cases, generation: generation)
            finished.withLock { $0 = built }
            wake()
        }
    }

    /// The index finished since the last call, if any.
    func take() -> CaseSearch.Built? {
        finished.withLock { built in
            defer { built = nil }
            return built
        }
    }
}
