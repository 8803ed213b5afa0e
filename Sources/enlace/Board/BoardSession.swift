import EnlaceModel
import EnlaceStore
import EnlaceTerminal
import EnlaceText
import EnlaceUI
import Foundation

/// The board's run loop, the one place where the parts meet (DESIGN.md, "data flows one
/// way"): terminal events become actions through the keymap, `update` turns actions into a
/// new state and effects, the store carries effects out, and the state is drawn and painted.
struct BoardSession {
    /// Opens (or creates) the data directory; called once the terminal is known to work.
    let openStore: () throws -> Store
    let readOnly: Bool
    let explicitLanguage: Language?
    /// Where `x` writes briefs (`--export-dir`); nil is `exports/` under the data directory.
    var exportDirectory: URL? = nil

    /// Opens the terminal first, so that a terminal that cannot show the board is named before
    /// anything is read or created, and so that any later failure is printed on a restored screen.
    func run() throws {
        let terminal = try reportingFailures(in: Language.choose(explicit: explicitLanguage, boardDefault: nil)) {
            try Terminal.open()
        }
        defer { terminal.close() }

        let store = try openStore()
        let stamp = store.changeStamp()
        let loaded = try reportingFailures(in: Language.choose(explicit: explicitLanguage, boardDefault: nil)) {
            try store.load()
        }
        let language = Language.choose(explicit: explicitLanguage, boardDefault: Language(rawValue: loaded.data.board.defaultLanguage))
        let size = terminal.size
        var state = AppState(
            data: loaded.data, size: ScreenSize(width: size.width, height: size.height), language: language,
            today: Timestamp.now().day, readOnly: readOnly)
        let waker = terminal.waker
        let reloader = DataReloader(store: store, loadedAt: stamp, wake: { waker.wake() })
        let indexBuilder = SearchIndexBuilder(wake: { waker.wake() })
        var indexedGeneration = state.dataGeneration
        indexBuilder.build(state.data.cases, generation: indexedGeneration)
        let runner = EffectRunner(store: store, exportDirectory: exportDirectory)

        if let data = store.loadDraft(), let draft = try? JSONDecoder().decode(EditDraft.self, from: data) {
            _ = update(&state, .offerDraft(draft))
        }
        // A signal ends the board, but what was being typed is kept for the next start.
        func keepDraft() {
            if let draft = state.draft, let data = try? JSONEncoder().encode(draft) { try? store.saveDraft(data) }
        }

        terminal.paint(BoardView.render(state))
        while let event = terminal.nextEvent(timeout: Terminal.tickInterval) {
            var effects: [Effect] = []
            // A tick that brought nothing new repaints nothing: an idle board costs no CPU.
            var changed = true
            switch event {
            case .key(let key) where state.offeredDraft != nil:
                store.removeDraft()
                effects += update(&state, key == .character("r") ? .restoreDraft : .dropDraft)
            case .key(let key):
                if let action = state.keymap.action(for: key, in: state) { effects += update(&state, action) }
            case .paste(let text):
                if let action = state.keymap.action(forPaste: text, in: state) {
                    effects += update(&state, action)
                } else if state.inputMode != .confirm, state.inputMode != .conflict, state.offeredDraft == nil {
                    // Outside a text field a paste is typing: each character is a key. Not where
                    // one letter answers a question (throw changes away? which value?).
                    for character in text {
                        if let action = state.keymap.action(for: .character(character), in: state) {
                            effects += update(&state, action)
                        }
                    }
                }
            case .resize(let width, let height):
                effects += update(&state, .resize(width: width, height: height))
            case .signal:
                keepDraft()
                return
            case .tick:
                changed = false
                reloader.poll()
                if let reloaded = reloader.takeReloaded() {
                    effects += update(&state, .dataChanged(reloaded.data))
                    changed = true
                }
                if let built = indexBuilder.take() {
                    effects += update(&state, .searchIndexBuilt(built))
                }
                let today = Timestamp.now().day
                if today != state.today {
                    effects += update(&state, .tick(today: today))
                    changed = true
                }
            }
            if runner.perform(effects, on: &state) {
                keepDraft()
                return
            }
            // New data (another officer's save, or this one's) gets a new index, off this thread.
            if state.dataGeneration != indexedGeneration {
                indexedGeneration = state.dataGeneration
                indexBuilder.build(state.data.cases, generation: indexedGeneration)
            }
            if changed { terminal.paint(BoardView.render(state)) }
        }
    }
}

extension TerminalError: CommandFailure {
    var exitStatus: ExitStatus { .usage }
}
