import EnlaceTerminal
import EnlaceUI

extension Terminal {
    /// Carries out the effects that are the terminal's own (Ctrl-L's repaint, Ctrl-Z's suspend)
    /// and hands back the rest, for the board's or the kiosk's run loop.
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
