/// Wakes a `Terminal.nextEvent` that is waiting, from any thread: it then returns `.tick`.
/// The store's watcher calls `wake()` when files change, so the run loop need not
/// poll faster than its tick.
public struct TerminalWaker: Sendable {
    init() {}

    public func wake() { SignalGuard.wake() }
}
