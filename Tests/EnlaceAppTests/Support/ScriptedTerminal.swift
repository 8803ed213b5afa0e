import Dispatch
import EnlaceApp
import EnlaceUI
import Foundation
import Testing

/// A terminal without a screen: it hands the runtime a script of events and keeps what it
/// paints. `waitFor` steps answer ticks until the text is on the screen (another thread's
/// load or index wakes it), failing the test after `patience`.
final class ScriptedTerminal: BoardTerminal {
    enum Step {
        case event(TerminalEvent)
        /// Ticks until the last painted screen shows this text.
        case waitFor(String)
        /// Ticks until the condition holds (a file on disk, say).
        case waitUntil(String, @Sendable () -> Bool)
    }

    let size: (width: Int, height: Int)
    private var steps: [Step]
    private let woken = DispatchSemaphore(value: 0)
    private let patience: Duration
    private var waitingSince: ContinuousClock.Instant?
    private(set) var paints: [CellGrid] = []
    private(set) var redraws = 0
    private(set) var suspends = 0
    private(set) var typeaheadDiscards = 0

    init(width: Int = 120, height: Int = 32, patience: Duration = .seconds(60), _ steps: [Step]) {
        size = (width, height)
        self.steps = steps
        self.patience = patience
    }

    /// Keys typed one by one.
    static func keys(_ text: String) -> [Step] { text.map { .event(.key(.character($0))) } }
    static func key(_ key: Key) -> Step { .event(.key(key)) }

    var screen: String { paints.last?.text ?? "" }

    var wake: @Sendable () -> Void {
        let woken = self.woken
        return { woken.signal() }
    }

    func nextEvent(timeout: Duration?) -> TerminalEvent? {
        while let step = steps.first {
            let waitedFor: String
            switch step {
            case .event(let event):
                steps.removeFirst()
                return event
            case .waitFor(let text):
                guard !screen.contains(text) else { steps.removeFirst(); waitingSince = nil; continue }
                waitedFor = "the screen to show \(text)"
            case .waitUntil(let what, let condition):
                guard !condition() else { steps.removeFirst(); waitingSince = nil; continue }
                waitedFor = what
            }
            let start = waitingSince ?? .now
            waitingSince = start
            guard ContinuousClock.now - start < patience else {
                Issue.record("waited \(patience) for \(waitedFor); the screen:\n\(screen)")
                return nil
            }
            _ = woken.wait(timeout: .now() + .milliseconds(20))
            return .tick
        }
        return nil
    }

    func paint(_ grid: CellGrid) { paints.append(grid) }
    func redraw() { redraws += 1 }
    func suspend() { suspends += 1 }
    func discardTypeahead() { typeaheadDiscards += 1 }
}
