import EnlaceText
import EnlaceModel

/// Everything that can happen to the board: what keys mean (through the keymap) and what
/// arrives from outside (new data, a resize, the clock). `update` is the only place that
/// gives actions their effect.
public enum Action: Sendable, Equatable {
    // Moving in the list of the current pane.
    case moveUp, moveDown, pageUp, pageDown, moveToTop, moveToBottom
    // Panes.
    case nextPane, previousPane, showPane(Pane)
    // Links in the detail, and the trail back.
    case nextLink, previousLink, followLink, back
    // The detail.
    case scrollDetailDown, scrollDetailUp, toggleDetailZoom
    // Filter, sort, grouping.
    case startFilter, cycleSort, toggleContactGrouping
    // Filter input (mode `.filter`).
    case filterInsert(String)
    case filterDeleteBackward, filterDeleteWord, filterDeleteToStart
    case filterCursorLeft, filterCursorRight, filterCursorHome, filterCursorEnd
    /// Enter: keep the filter, leave input mode.
    case filterAccept
    /// Esc: clear the filter, leave input mode.
    case filterCancel
    // General.
    case toggleHelp, switchLanguage, quit
    // The export prompt (`x`, issue 6): open, move between questions, change, write, close.
    case startExport, exportNextField, exportPreviousField, exportNextValue, exportPreviousValue
    case exportConfirm, exportCancel
    /// The run loop wrote the brief, or could not.
    case exportFinished(ExportOutcome)
    /// A key whose binding the keymap has disabled (kiosk mode): says why, does nothing else.
    case refused(DisabledReason)

    // From outside the keyboard.
    /// The store loaded or reloaded the data (another officer saved, say).
    case dataChanged(BoardData)
    /// A search index built off the keyboard's thread for the data of one generation.
    case searchIndexBuilt(CaseSearch.Built)
    case resize(width: Int, height: Int)
    /// The clock: `today` may have turned over, which changes what is overdue.
    case tick(today: Day)
}

/// Why a key does nothing here (lazygit's `GetDisabledReason`).
public enum DisabledReason: Sendable, Hashable {
    /// Kiosk mode: nothing at this keyboard may change data or leave the display.
    case readOnly
}
