import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// How the board was asked to open.
public struct BoardOptions: Sendable {
    public var explicitLanguage: Language?
    /// Where `x` writes briefs (`--export-dir`); nil is `exports/` under the data directory.
    public var exportDirectory: URL?

    public init(explicitLanguage: Language? = nil, exportDirectory: URL? = nil) {
        self.explicitLanguage = explicitLanguage
        self.exportDirectory = exportDirectory
    }
}

/// The board at run time, the one place where the parts meet (DESIGN.md, "data flows one
/// way"): a terminal event becomes an intent through the keymap (or a reply, for a resize, a
/// signal or what another thread finished), `update` turns it into a new state and effects,
/// the effect runner carries them out and answers with replies, and the state is drawn and
/// painted. Loads and the search index run on other threads and come back on the next tick.
public final class BoardRuntime {
    private let terminal: any BoardTerminal
    private let store: Store
    private let runner: EffectRunner
    private let reloader: DataReloader
    private let indexBuilder: SearchIndexBuilder
    /// The state on screen; tests read it after `run()`.
    public private(set) var state: AppState
    /// The list index's rows of the first screen, freed only after the first paint.
    private var listedRows: ListIndexResult?

    /// Reads what the first screen shows: the whole board when it is small, the list index's
    /// rows when it is large (their whole cases follow on the first ticks).
    public init(terminal: any BoardTerminal, store: Store, options: BoardOptions) throws(StoreError) {
        self.terminal = terminal
        self.store = store
        let wake = terminal.wake
        reloader = DataReloader(store: store, wake: wake)
        indexBuilder = SearchIndexBuilder(wake: wake)
        runner = EffectRunner(store: store, exportDirectory: options.exportDirectory, indexBuilder: indexBuilder)
        let writeRefusal = BoardDataAccess.writeRefusal(store)
        let keymap = writeRefusal.map { Keymap.board.withoutChanges($0) }
        let size = terminal.size
        let screen = ScreenSize(width: size.width, height: size.height)
        let explicitLanguage = options.explicitLanguage
        (state, listedRows) = try Self.firstScreenState(store, reloader) { data, isWhole in
            AppState(
                data: data, size: screen,
                language: Language.choose(explicit: explicitLanguage, boardDefault: Language(rawValue: data.board.defaultLanguage)),
                today: Timestamp.now().day, writeRefusal: writeRefusal, keymap: keymap, loadingCases: !isWhole)
        }
        state.login = store.user
        _ = update(&state, .caseFilesUnreadable(BoardDataAccess.damagedFiles(listedRows?.problems ?? [])))
        if let draft = store.loadDraft().flatMap({ try? JSONDecoder().decode(EditDraft.self, from: $0) }) {
            _ = update(&state, .offerDraft(draft))
        }
    }

    /// Paints the first screen and answers events until the board quits, a signal ends it or
    /// the terminal's input ends.
    public func run() {
        terminal.paint(BoardView.render(state))
        // The list index's rows go only now: freeing 100,000 rows, and the allocator's tidying
        // of their blocks at the next large allocation, would slow the first screen.
        listedRows = nil
        // Background work starts after the first paint, which would otherwise share the cores
        // with it: the whole cases (when the first screen had skeletons) and the search index.
        reloader.poll()
        _ = runner.perform([.buildSearchIndex], on: &state)
        while let event = terminal.nextEvent(timeout: tickInterval) {
            guard handle(event) else { return }
        }
        _ = perform(update(&state, .sessionEnded), repaints: false)
    }

    /// Answers one event; false when the board ends.
    private func handle(_ event: TerminalEvent) -> Bool {
        switch event {
        case .key(let key):
            guard let intent = state.keymap.intent(for: key, in: state) else { return perform([]) }
            return perform(update(&state, intent))
        case .paste(let text):
            guard let intent = state.keymap.intent(forPaste: text, in: state.inputMode) else { return perform([]) }
            return perform(update(&state, intent))
        case .resize(let width, let height):
            return perform(update(&state, .resize(width: width, height: height)))
        case .signal:
            return perform(update(&state, .sessionEnded))
        case .tick:
            var changed = false
            let effects = takeBackgroundResults(changed: &changed)
            // A tick that brought nothing new repaints nothing: an idle board costs no CPU.
            return perform(effects, repaints: changed)
        }
    }

    /// Carries out `effects` (the terminal's own, then the rest through the runner) and
    /// paints; false when the board ends.
    private func perform(_ effects: [Effect], repaints: Bool = true) -> Bool {
        var changed = repaints
        let carried = terminal.carryOut(effects)
        // A save that must wait for another officer's says so first, and the keys typed at
        // the unanswering screen meanwhile are dropped rather than typed into a form.
        let waitsForLock = carried.contains(where: \.takesTheLock) ? store.lockHolderNow() : nil
        if let holder = waitsForLock {
            _ = update(&state, .waitingForLock(login: holder.login))
            terminal.paint(BoardView.render(state))
        }
        let quits = runner.perform(carried, on: &state)
        if waitsForLock != nil {
            terminal.discardTypeahead()
            changed = true
        }
        if quits { return false }
        if changed { terminal.paint(BoardView.render(state)) }
        return true
    }

    /// What the loads and the index builder finished since the last tick, and a new day.
    private func takeBackgroundResults(changed: inout Bool) -> [Effect] {
        var effects: [Effect] = []
        reloader.poll(against: state.searchIndexInUse)
        if let reloaded = reloader.takeReloaded() {
            effects += update(&state, .dataChanged(reloaded.loaded.data, prepared: reloaded.prepared))
            effects += update(&state, .caseFilesUnreadable(BoardDataAccess.damagedFiles(reloaded.loaded.problems)))
            changed = true
        }
        if let failure = reloader.takeFailure() {
            effects += update(&state, .loadFailed(reason: failure.message(state.language)))
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
        return effects
    }
}

extension BoardRuntime {
    /// The state of the first screen: the list index's rows (no case file decoded when nothing
    /// changed) as skeletons, whose whole cases the reloader reads after the first paint. The
    /// state is made while the case files are stat'ed, and kept when they prove the index
    /// fresh. A small board is read whole in about the time of a first screen, so it is read
    /// whole before it, rather than flash a screen of skeletons.
    private static func firstScreenState(
        _ store: Store, _ reloader: DataReloader, state: @escaping @Sendable (_ data: BoardData, _ isWhole: Bool) -> AppState
    ) throws(StoreError) -> (AppState, rows: ListIndexResult?) {
        let isLarge: @Sendable (ListIndexResult) -> Bool = { $0.cases.count > Self.casesReadBeforeFirstPaint }
        let (listed, early) = try store.loadListIndex(searchText: false) { provisional in
            isLarge(provisional) ? state(provisional.skeletonData, false) : nil
        }
        if let early = early ?? nil { return (early, listed) }
        if !isLarge(listed) {
            reloader.poll()
            reloader.waitForLoad()
            if let whole = reloader.takeReloaded() { return (state(whole.loaded.data, true), listed) }
        }
        return (state(listed.skeletonData, false), listed)
    }

    /// Up to this many cases, the board waits for the whole cases before its first paint; above
    /// it, it paints the list index's rows first.
    static let casesReadBeforeFirstPaint = 2_000
}
