/// The key table and its dispatcher. `Keymap.board` is the officer's board; the wall
/// display's is `wallScreen()` of it (`KioskKeys`). Dispatch depends on the mode: while a
/// filter is typed, printable keys are text; while a draft is offered, every key answers the offer.
public struct Keymap: Sendable, Equatable {
    /// The bindings in force, in table order.
    public private(set) var bindings: [Binding]
    /// Bindings switched off, whose keys answer with the reason.
    public private(set) var disabled: [DisabledBinding]
    private var intentByKey: [KeyInMode: Intent]

    private struct KeyInMode: Hashable, Sendable {
        var key: Key
        var mode: InputMode
    }

    public init(_ bindings: [Binding], disabled: [DisabledBinding] = []) {
        self.bindings = bindings
        self.disabled = disabled
        intentByKey = [:]
        // Disabled first, so that a key bound again (a kiosk's exit key) is live.
        for entry in disabled {
            for key in entry.binding.keys {
                intentByKey[KeyInMode(key: key, mode: entry.binding.mode)] = .refused(entry.reason)
            }
        }
        for binding in bindings {
            let modes = binding.intent.actsInEveryMode ? InputMode.allCases : [binding.mode]
            for mode in modes {
                for key in binding.keys where intentByKey[KeyInMode(key: key, mode: mode)].map(\.isRefusal) ?? true {
                    intentByKey[KeyInMode(key: key, mode: mode)] = binding.intent
                }
            }
        }
    }

    /// What `key` means in `state`'s mode; nil when it does nothing.
    public func intent(for key: Key, in state: AppState) -> Intent? {
        intent(for: key, in: state.inputMode)
    }

    /// What `key` means in `mode`. The help overlay takes the board's keys (its reducer lets
    /// only scrolling, closing, language and quitting through); in filter mode and in a form a
    /// key without a binding is text; a draft offer takes any key without one as "drop it", and
    /// the question before an undo as "no".
    public func intent(for key: Key, in mode: InputMode) -> Intent? {
        let tableMode: InputMode = mode == .help ? .board : mode
        if let intent = intentByKey[KeyInMode(key: key, mode: tableMode)] { return intent }
        switch (mode, key) {
        case (.filter, .character(let character)) where Keymap.isText(character): return .filterInsert(String(character))
        case (.form, .character(let character)) where Keymap.isText(character): return .editInsert(String(character))
        case (.draftOffer, _): return .dropDraft
        case (.undoConfirmation, _): return .cancelUndo
        default: return nil
        }
    }

    /// What pasted text means in `mode`: `.paste`, which `update` types whole into a text
    /// field or splits into keys (`AppState.paste`); nil where one letter answers a question
    /// (throw the changes away? which value? restore the draft?), which a paste does not.
    public func intent(forPaste text: String, in mode: InputMode) -> Intent? {
        switch mode {
        case .confirm, .conflict, .draftOffer, .quickStatus, .quickPriority, .quickMarking, .undoConfirmation: nil
        case .board, .filter, .help, .form, .history, .export: .paste(text)
        }
    }

    /// The bindings of one help group, in table order.
    public func bindings(in group: BindingGroup) -> [Binding] {
        bindings.filter { $0.group == group }
    }

    /// The bindings the status bar hints at in `mode`.
    public func hints(for mode: InputMode) -> [Binding] {
        bindings.filter { $0.hint != nil && $0.mode == mode }
    }

    /// This keymap for the wall screen (kiosk): without any binding that changes data, and
    /// without those the wall screen keeps away though they change nothing (quitting,
    /// suspending, the history, an export); their keys answer "read-only display".
    /// `exitKey` (`--exit-key`) is the one key that quits, when given.
    public func wallScreen(exitKey: Key? = nil) -> Keymap {
        var kept: [Binding] = []
        var dropped = disabled
        for binding in bindings {
            if binding.changesData || binding.intent.isKeptOffTheWallScreen {
                dropped.append(DisabledBinding(binding: binding, reason: .readOnly))
            } else {
                kept.append(binding)
            }
        }
        if let exitKey {
            kept.append(Binding([exitKey], .quit, help: .helpQuit, group: .general, hint: .hintQuit))
        }
        return Keymap(kept, disabled: dropped)
    }

    /// This keymap without the bindings that change data, whose keys answer with `reason`;
    /// quitting stays (the board on a directory this user may not write).
    public func withoutChanges(_ reason: DisabledReason) -> Keymap {
        var dropped = disabled
        for binding in bindings where binding.changesData {
            dropped.append(DisabledBinding(binding: binding, reason: reason))
        }
        return Keymap(bindings.filter { !$0.changesData }, disabled: dropped)
    }

    static func isText(_ character: Character) -> Bool {
        !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}

extension Intent {
    /// The terminal's own keys (repaint, suspend) act alike in every mode, a form's included:
    /// they are listed once, under the board's general keys.
    var actsInEveryMode: Bool { self == .repaint || self == .suspend }

    /// What a kiosk refuses although it changes no data: leaving the display; the history,
    /// which names who changed what and would show the titles the wall screen hides; and an
    /// export, a file written from the wall's keyboard.
    var isKeptOffTheWallScreen: Bool {
        switch self {
        case .quit, .suspend, .showHistory, .startExport, .exportConfirm: true
        default: false
        }
    }

    var isRefusal: Bool {
        if case .refused = self { return true }
        return false
    }
}
