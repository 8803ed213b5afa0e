import Dispatch
import EnlaceModel
import EnlaceUI
import Synchronization

/// Builds the cases' search index off the keyboard's thread (about a second at 100,000 cases)
/// and hands it to the run loop, which gives it to `update` as `.searchIndexBuilt`. Until it
/// arrives the filter still works, through `Query.matches`.
final class SearchIndexBuilder: Sendable {
    private let finished = Mutex<CaseSearch.Built?>(nil)
    private let wake: @Sendable () -> Void

    init(wake: @escaping @Sendable () -> Void) { self.wake = wake }

    /// Starts building for `cases`, the data of `generation`.
    func build(_ cases: [Case], generation: Int) {
        DispatchQueue.global(qos: .utility).async { [self] in
            let built = CaseSearch.Built(index: CaseSearchIndex(cases), generation: generation)
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
