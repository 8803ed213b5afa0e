import EnlaceUI

/// What the board's and the kiosk's runtimes need of a terminal: its size, its events, a
/// screen to paint. `EnlaceTerminal.Terminal` is the real one; tests give a scripted one.
public protocol BoardTerminal: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Ends a wait in `nextEvent` from another thread: a load or an index finished.
    var wake: @Sendable () -> Void { get }
    /// The next event, or `.tick` when `timeout` passed without one; nil when input ended.
    func nextEvent(timeout: Duration?) -> TerminalEvent?
    func paint(_ grid: CellGrid)
    /// Paints the whole screen again at the next paint (Ctrl-L).
    func redraw()
    /// Gives the terminal back to the shell until the user resumes (Ctrl-Z).
    func suspend()
    /// Drops keys typed while the board could not answer.
    func discardTypeahead()
}

/// Events come at least this often: the runtimes look for new data and a new day on each.
let tickInterval: Duration = .milliseconds(250)

extension BoardTerminal {
    /// Carries out the effects that are the terminal's own (Ctrl-L's repaint, Ctrl-Z's suspend)
    /// and hands back the rest.
    func carryOut(_ effects: [Effect]) -> [Effect] {
        effects.filter { effect in
            switch effect {
            case .repaint: redraw()
            case .suspend: suspend()
            default: return true
            }
            return false
        }
    }
}
