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
        let writeRefusal = BoardDataAccess.writeRefusal(store)
        let waker = terminal.waker
        let reloader = DataReloader(store: store, wake: { waker.wake() })
        let size = terminal.size
        let screen = ScreenSize(width: size.width, height: size.height)
        let (explicitLanguage, readOnly) = (explicitLanguage, readOnly || writeRefusal != nil)
        let keymap = writeRefusal.map { Keymap.board.withoutChanges($0) }
        var (state, listedRows) = try reportingFailures(in: Language.choose(explicit: explicitLanguage, boardDefault: nil)) {
            try firstScreenState(store, reloader) { data, isWhole in
                AppState(
                    data: data, size: screen,
                    language: Language.choose(explicit: explicitLanguage, boardDefault: Language(rawValue: data.board.defaultLanguage)),
                    today: Timestamp.now().day, readOnly: readOnly, keymap: keymap, loadingCases: !isWhole)
            }
        }
        _ = update(&state, .caseFilesUnreadable(BoardDataAccess.damagedFiles(listedRows?.problems ?? [])))
        let indexBuilder = SearchIndexBuilder(wake: { waker.wake() })
        var indexedGeneration = state.dataGeneration
        let runner = EffectRunner(store: store, exportDirectory: exportDirectory)

        // A draft is offered once the whole cases are there: restoring it opens a form.
        var pendingDraft = store.loadDraft().flatMap { try? JSONDecoder().decode(EditDraft.self, from: $0) }
        func offerPendingDraft() {
            guard !state.isLoadingCases, let draft = pendingDraft else { return }
            pendingDraft = nil
            _ = update(&state, .offerDraft(draft))
        }
        offerPendingDraft()
        // A signal ends the board, but what was being typed is kept for the next start.
        func keepDraft() {
            if let draft = state.draft, let data = try? JSONEncoder().encode(draft) { try? store.saveDraft(data) }
        }

        terminal.paint(BoardView.render(state))
        // The list index's rows go only now: freeing 100,000 rows, and the allocator's tidying
        // of their blocks at the next large allocation, cost the first screen 30 ms.
        withExtendedLifetime(listedRows) {}
        // Background work starts after the first paint, which would otherwise share the cores
        // with it: the whole cases (when the first screen had skeletons) and the search index.
        reloader.poll()
        indexBuilder.build(state.data.cases, generation: indexedGeneration)
        var releaseMemoryAfterIndex = false
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
                reloader.poll(against: state.searchIndexInUse)
                if let reloaded = reloader.takeReloaded() {
                    let hadSkeletons = state.isLoadingCases
                    effects += update(&state, .dataChanged(reloaded.loaded.data, prepared: reloaded.prepared))
                    effects += update(&state, .caseFilesUnreadable(BoardDataAccess.damagedFiles(reloaded.loaded.problems)))
                    // The skeletons are gone now, and their search index goes when the new one
                    // comes: give their pages back each time rather than keep them resident.
                    if hadSkeletons {
                        ReleaseFreedMemory.now()
                        releaseMemoryAfterIndex = true
                    }
                    offerPendingDraft()
                    changed = true
                }
                if let failure = reloader.takeFailure() {
                    effects += update(&state, .loadFailed(reason: failure.message(state.language)))
                    changed = true
                }
                if let built = indexBuilder.take() {
                    effects += update(&state, .searchIndexBuilt(built))
                    if releaseMemoryAfterIndex, built.generation == state.dataGeneration {
                        releaseMemoryAfterIndex = false
                        ReleaseFreedMemory.now()
                    }
                }
                let today = Timestamp.now().day
                if today != state.today {
                    effects += update(&state, .tick(today: today))
                    changed = true
                }
            }
            let carried = terminal.carryOut(effects)
            // A save that must wait for another officer's says so first, and the keys typed at
            // the unanswering screen meanwhile are dropped rather than typed into a form.
            let waitsForLock = carried.contains(where: \.takesTheLock) ? runner.store.lockHolderNow() : nil
            if let holder = waitsForLock {
                _ = update(&state, .waitingForLock(login: holder.login))
                terminal.paint(BoardView.render(state))
            }
            let quits = runner.perform(carried, on: &state)
            if waitsForLock != nil {
                terminal.discardTypeahead()
                changed = true
            }
            if quits {
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

extension BoardSession {
    /// The state of the first screen: the list index's rows (no case file decoded when nothing
    /// changed) as skeletons, whose whole cases the reloader reads after the first paint
    /// (issue 8). The state is made while the case files are stat'ed, and kept when they prove
    /// the index fresh. A small board is read whole in about the time of a first screen, so it
    /// is read whole before it, rather than flash a screen of skeletons.
    private func firstScreenState(
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

    /// Up to this many cases, the board waits for the whole cases before its first paint
    /// (about 35 ms at 2,000 on a quiet 2-core machine); above it, it paints the list index's rows first.
    static let casesReadBeforeFirstPaint = 2_000
}

extension TerminalError: CommandFailure {
    var exitStatus: ExitStatus { .usage }
}
