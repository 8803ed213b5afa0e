import EnlaceText
extension Keymap {
    /// The board's key table: the only place keys are given meaning.
    /// Within a group the help overlay keeps this order; the status bar's hints follow it
    /// across groups, so the most useful come first.
    public static let board = Keymap([
        Binding([.character("?")], .toggleHelp, help: .helpToggleHelp, group: .general, hint: .hintHelp),
        Binding([.character("q"), .control("c")], .quit, help: .helpQuit, group: .general, hint: .hintQuit),
        Binding([.control("l")], .repaint, help: .helpRepaint, group: .general),
        Binding([.control("z")], .suspend, help: .helpSuspend, group: .general),
        Binding([.character("/")], .startFilter, help: .helpStartFilter, group: .filter, hint: .hintFilter),

        Binding([.down, .character("j")], .moveDown, help: .helpMoveDown, group: .navigation),
        Binding([.up, .character("k")], .moveUp, help: .helpMoveUp, group: .navigation),
        Binding([.pageDown], .pageDown, help: .helpPageDown, group: .navigation),
        Binding([.pageUp], .pageUp, help: .helpPageUp, group: .navigation),
        Binding([.home, .character("g")], .moveToTop, help: .helpMoveToTop, group: .navigation),
        Binding([.end, .character("G")], .moveToBottom, help: .helpMoveToBottom, group: .navigation),

        Binding([.tab], .nextPane, help: .helpNextPane, group: .panes, hint: .hintPanes),
        Binding([.backTab], .previousPane, help: .helpPreviousPane, group: .panes),
        Binding([.character("1")], .showPane(.cases), help: .helpShowCases, group: .panes),
        Binding([.character("2")], .showPane(.agencies), help: .helpShowAgencies, group: .panes),
        Binding([.character("3")], .showPane(.contacts), help: .helpShowContacts, group: .panes),
        Binding([.character("4")], .showPane(.log), help: .helpShowLog, group: .panes),

        Binding([.enter], .followLink, help: .helpFollowLink, group: .links, hint: .hintOpen),
        Binding([.character("]")], .nextLink, help: .helpNextLink, group: .links, hint: .hintNextLink),
        Binding([.character("[")], .previousLink, help: .helpPreviousLink, group: .links),
        Binding([.escape, .backspace], .back, help: .helpBack, group: .links, hint: .hintBack),

        Binding([.character("J")], .scrollDetailDown, help: .helpScrollDetailDown, group: .view),
        Binding([.character("K")], .scrollDetailUp, help: .helpScrollDetailUp, group: .view),
        Binding([.character("z")], .toggleDetailZoom, help: .helpToggleZoom, group: .view),
        Binding([.character("s")], .cycleSort, help: .helpCycleSort, group: .view, hint: .hintSort),
        Binding([.character("M")], .toggleMyCases, help: .helpToggleMyCases, group: .view),
        Binding([.character("c")], .toggleContactGrouping, help: .helpToggleGrouping, group: .view),
        Binding([.character("L")], .switchLanguage, help: .helpSwitchLanguage, group: .view),
        // Writes a brief, not the board's data; the wall screen has no export all the same.
        Binding([.character("x")], .startExport, help: .helpExport, group: .general),
        Binding([.character("!")], .showDamagedFiles, help: .helpShowDamagedFiles, group: .general),


        Binding([.enter], .filterAccept, help: .helpFilterAccept, group: .filterInput, mode: .filter, hint: .hintKeep),
        Binding([.escape], .filterCancel, help: .helpFilterCancel, group: .filterInput, mode: .filter, hint: .hintClear),
        Binding([.backspace], .filterDeleteBackward, help: .helpFilterDeleteBackward, group: .filterInput, mode: .filter),
        Binding([.control("w")], .filterDeleteWord, help: .helpFilterDeleteWord, group: .filterInput, mode: .filter),
        Binding([.control("u")], .filterDeleteToStart, help: .helpFilterDeleteToStart, group: .filterInput, mode: .filter, hint: .hintClearLine),
        Binding([.left], .filterCursorLeft, help: .helpFilterCursorLeft, group: .filterInput, mode: .filter),
        Binding([.right], .filterCursorRight, help: .helpFilterCursorRight, group: .filterInput, mode: .filter),
        Binding([.home, .control("a")], .filterCursorHome, help: .helpFilterCursorHome, group: .filterInput, mode: .filter),
        Binding([.end, .control("e")], .filterCursorEnd, help: .helpFilterCursorEnd, group: .filterInput, mode: .filter),
        Binding([.control("c")], .quit, help: .helpQuit, group: .filterInput, mode: .filter),

        Binding([.down, .tab], .exportNextField, help: .helpExportField, group: .exportInput, mode: .export, hint: .hintExportField),
        Binding([.up, .backTab], .exportPreviousField, help: .helpExportField, group: .exportInput, mode: .export),
        Binding([.right, .character(" ")], .exportNextValue, help: .helpExportValue, group: .exportInput, mode: .export, hint: .hintExportValue),
        Binding([.left], .exportPreviousValue, help: .helpExportValue, group: .exportInput, mode: .export),
        Binding([.enter], .exportConfirm, help: .helpExportConfirm, group: .exportInput, mode: .export, hint: .hintExportWrite),
        Binding([.escape], .exportCancel, help: .helpExportCancel, group: .exportInput, mode: .export, hint: .hintClose),
        Binding([.control("c")], .quit, help: .helpQuit, group: .exportInput, mode: .export),

        // Any other key drops the draft too (`Keymap.intent(for:in:)`).
        Binding([.character("r")], .restoreDraft, help: .helpRestoreDraft, group: .draftOffer, mode: .draftOffer),
        Binding([.escape], .dropDraft, help: .helpDropDraft, group: .draftOffer, mode: .draftOffer),

    ] + editingBindings)
}
