import EnlaceText

extension Keymap {
    /// Editing's rows of the board's table. Every key that changes data is marked
    /// `changesData`; `h` only reads the audit trail, which the wall screen leaves out anyway.
    static let editingBindings: [Binding] = [
        Binding([.character("a")], .addNote, help: .helpAddNote, group: .editing, changesData: true),
        Binding([.character("e")], .editRecord, help: .helpEditRecord, group: .editing, changesData: true),
        Binding([.character("n")], .newRecord, help: .helpNewRecord, group: .editing, changesData: true),
        Binding([.character("S")], .changeStatus, help: .helpChangeStatus, group: .editing, changesData: true),
        Binding([.character("p")], .changePriority, help: .helpChangePriority, group: .editing, changesData: true),
        Binding([.character("m")], .changeMarking, help: .helpChangeMarking, group: .editing, changesData: true),
        Binding([.character("d")], .setNextAction, help: .helpSetNextAction, group: .editing, changesData: true),
        Binding([.character("u")], .undo, help: .helpUndo, group: .editing, changesData: true),
        Binding([.character("R")], .contactReached, help: .helpContactReached, group: .editing, changesData: true),
        Binding([.character("h")], .showHistory, help: .helpShowHistory, group: .editing),

        Binding([.enter], .editAccept, help: .helpEditAccept, group: .formInput, mode: .form, hint: .hintSave),
        Binding([.escape], .editCancel, help: .helpEditCancel, group: .formInput, mode: .form, hint: .hintCancel),
        Binding([.tab], .editNextField, help: .helpEditNextField, group: .formInput, mode: .form, hint: .hintNextField),
        Binding([.backTab], .editPreviousField, help: .helpEditPreviousField, group: .formInput, mode: .form),
        Binding([.down], .editNextPick, help: .helpEditNextPick, group: .formInput, mode: .form),
        Binding([.up], .editPreviousPick, help: .helpEditPreviousPick, group: .formInput, mode: .form),
        Binding([.control("p")], .editComplete, help: .helpEditComplete, group: .formInput, mode: .form, hint: .hintPick),
        Binding([.control("o")], .editLineBreak, help: .helpEditLineBreak, group: .formInput, mode: .form),
        Binding([.backspace], .editDeleteBackward, help: .helpFilterDeleteBackward, group: .formInput, mode: .form),
        Binding([.delete], .editDeleteForward, help: .helpEditDeleteForward, group: .formInput, mode: .form),
        Binding([.control("w")], .editDeleteWord, help: .helpFilterDeleteWord, group: .formInput, mode: .form),
        Binding([.control("u")], .editDeleteToStart, help: .helpFilterDeleteToStart, group: .formInput, mode: .form),
        Binding([.left], .editCursorLeft, help: .helpEditCursorLeft, group: .formInput, mode: .form),
        Binding([.right], .editCursorRight, help: .helpEditCursorRight, group: .formInput, mode: .form),
        Binding([.home, .control("a")], .editCursorHome, help: .helpFilterCursorHome, group: .formInput, mode: .form),
        Binding([.end, .control("e")], .editCursorEnd, help: .helpFilterCursorEnd, group: .formInput, mode: .form),
        Binding([.control("c")], .quit, help: .helpQuit, group: .formInput, mode: .form),

        Binding([.character("y")], .confirmDiscard, help: .helpConfirmDiscard, group: .formInput, mode: .confirm, hint: .hintDiscard),
        Binding([.character("n"), .escape], .keepEditing, help: .helpKeepEditing, group: .formInput, mode: .confirm, hint: .hintKeepEditing),
        Binding([.control("c")], .quit, help: .helpQuit, group: .formInput, mode: .confirm),

        Binding([.character("1"), .left], .conflictPickMine, help: .helpPickMine, group: .conflictInput, mode: .conflict, hint: .hintMine),
        Binding([.character("2"), .right], .conflictPickTheirs, help: .helpPickTheirs, group: .conflictInput, mode: .conflict, hint: .hintTheirs),
        Binding([.down, .tab], .editNextField, help: .helpEditNextField, group: .conflictInput, mode: .conflict),
        Binding([.up, .backTab], .editPreviousField, help: .helpEditPreviousField, group: .conflictInput, mode: .conflict),
        Binding([.character("e")], .editRecord, help: .helpEditMerged, group: .conflictInput, mode: .conflict, hint: .hintEditMerged),
        Binding([.enter], .editAccept, help: .helpSaveResolved, group: .conflictInput, mode: .conflict, hint: .hintSave),
        Binding([.escape], .editCancel, help: .helpKeepTheirs, group: .conflictInput, mode: .conflict, hint: .hintCancel),
        Binding([.control("c")], .quit, help: .helpQuit, group: .conflictInput, mode: .conflict),

        // The quick-change menus: the letters stay the same in both languages.
        Binding([.character("n")], .quickChoose(.status(.new)), help: .quickStatusNew, group: .quickStatusInput, changesData: true, mode: .quickStatus),
        Binding([.character("a")], .quickChoose(.status(.active)), help: .quickStatusActive, group: .quickStatusInput, changesData: true, mode: .quickStatus),
        Binding([.character("w")], .quickChoose(.status(.waiting)), help: .quickStatusWaiting, group: .quickStatusInput, changesData: true, mode: .quickStatus),
        Binding([.character("c")], .quickChoose(.status(.closed)), help: .quickStatusClosed, group: .quickStatusInput, changesData: true, mode: .quickStatus),
        Binding([.escape], .quickChangeCancel, help: .helpQuickChangeCancel, group: .quickStatusInput, mode: .quickStatus, hint: .hintClose),
        Binding([.control("c")], .quit, help: .helpQuit, group: .quickStatusInput, mode: .quickStatus),

        Binding([.character("l")], .quickChoose(.priority(.low)), help: .quickPriorityLow, group: .quickPriorityInput, changesData: true, mode: .quickPriority),
        Binding([.character("m")], .quickChoose(.priority(.medium)), help: .quickPriorityMedium, group: .quickPriorityInput, changesData: true, mode: .quickPriority),
        Binding([.character("h")], .quickChoose(.priority(.high)), help: .quickPriorityHigh, group: .quickPriorityInput, changesData: true, mode: .quickPriority),
        Binding([.character("c")], .quickChoose(.priority(.critical)), help: .quickPriorityCritical, group: .quickPriorityInput, changesData: true, mode: .quickPriority),
        Binding([.escape], .quickChangeCancel, help: .helpQuickChangeCancel, group: .quickPriorityInput, mode: .quickPriority, hint: .hintClose),
        Binding([.control("c")], .quit, help: .helpQuit, group: .quickPriorityInput, mode: .quickPriority),

        Binding([.character("c")], .quickChoose(.marking(.clear)), help: .quickMarkingClear, group: .quickMarkingInput, changesData: true, mode: .quickMarking),
        Binding([.character("g")], .quickChoose(.marking(.green)), help: .quickMarkingGreen, group: .quickMarkingInput, changesData: true, mode: .quickMarking),
        Binding([.character("a")], .quickChoose(.marking(.amber)), help: .quickMarkingAmber, group: .quickMarkingInput, changesData: true, mode: .quickMarking),
        Binding([.character("s")], .quickChoose(.marking(.amberStrict)), help: .quickMarkingAmberStrict, group: .quickMarkingInput, changesData: true, mode: .quickMarking),
        Binding([.character("r")], .quickChoose(.marking(.red)), help: .quickMarkingRed, group: .quickMarkingInput, changesData: true, mode: .quickMarking),
        Binding([.escape], .quickChangeCancel, help: .helpQuickChangeCancel, group: .quickMarkingInput, mode: .quickMarking, hint: .hintClose),
        Binding([.control("c")], .quit, help: .helpQuit, group: .quickMarkingInput, mode: .quickMarking),

        Binding([.character("y")], .confirmUndo, help: .helpConfirmUndo, group: .undoConfirmation, changesData: true, mode: .undoConfirmation),
        Binding([.character("n"), .escape], .cancelUndo, help: .helpCancelUndo, group: .undoConfirmation, mode: .undoConfirmation),
        Binding([.control("c")], .quit, help: .helpQuit, group: .undoConfirmation, mode: .undoConfirmation),

        Binding([.down, .character("j")], .moveDown, help: .helpScrollDetailDown, group: .conflictInput, mode: .history),
        Binding([.up, .character("k")], .moveUp, help: .helpScrollDetailUp, group: .conflictInput, mode: .history),
        Binding([.enter], .openHistoryEntry, help: .helpOpenHistoryEntry, group: .conflictInput, mode: .history, hint: .hintWholeEntry),
        Binding([.escape], .editCancel, help: .helpHistoryBack, group: .conflictInput, mode: .history, hint: .hintBack),
        Binding([.character("h")], .editCancel, help: .helpCloseHistory, group: .conflictInput, mode: .history),
        Binding([.control("c"), .character("q")], .quit, help: .helpQuit, group: .conflictInput, mode: .history),
    ]
}
