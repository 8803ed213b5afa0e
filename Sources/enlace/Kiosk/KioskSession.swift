import EnlaceModel
import EnlaceStore
import EnlaceTerminal
import EnlaceText
import EnlaceUI
import Foundation

/// The wall display's run loop: the board's event loop with a read-only store and a keymap
/// where nothing changes data. It never stops on bad data — a damaged file or a vanished
/// directory is a notice on the screen — and only a signal or `--exit-key` ends it. It starts
/// no process: there is no export, shell or editor here to start.
struct KioskSession {
    let directory: URL
    let policy: KioskPolicy
    let rotateSeconds: Int
    let exitKey: Key?
    let explicitLanguage: Language?

    func run() throws {
        let terminal = try reportingFailures(in: Language.choose(explicit: explicitLanguage, boardDefault: nil)) {
            try Terminal.open()
        }
        defer { terminal.close() }

        // Read-only: opens no file for writing, creates nothing, takes no lock.
        let store = Store(directory: directory, mode: .readOnly)
        let stamp = store.changeStamp()
        var loaded: LoadResult?
        var notice: KioskNotice?
        do {
            loaded = try store.load()
            notice = loaded.flatMap { KioskSession.notice(for: $0) }
        } catch {
            notice = KioskSession.notice(for: error)
        }
        let language = Language.choose(
            explicit: explicitLanguage, boardDefault: loaded.flatMap { Language(rawValue: $0.data.board.defaultLanguage) })
        let size = terminal.size
        var state = KioskState(
            data: loaded?.data, policy: policy, size: ScreenSize(width: size.width, height: size.height),
            language: language, now: .now(), rotateSeconds: rotateSeconds, keymap: KioskKeys.keymap(exitKey: exitKey),
            notice: notice)
        let waker = terminal.waker
        let reloader = loaded.map {
            DataReloader(store: store, loaded: $0, loadedAt: stamp, preparesLookups: false, wake: { waker.wake() })
        } ?? DataReloader(store: store, preparesLookups: false, wake: { waker.wake() })

        var painted = KioskView.render(state)
        terminal.paint(painted)
        while let event = terminal.nextEvent(timeout: Terminal.tickInterval) {
            var effects: [Effect] = []
            switch event {
            case .key(let key):
                // Always the board's mode: the kiosk has no filter to type into.
                if let action = state.keymap.action(for: key, in: .board) { effects += state.apply(action) }
            case .paste(let text):
                // Keys typed fast arrive as one burst: each character goes through the keymap,
                // so a paste is no way round it.
                for character in text {
                    if let action = state.keymap.action(for: .character(character), in: .board) { effects += state.apply(action) }
                }
            case .resize(let width, let height):
                effects += state.apply(.resize(width: width, height: height))
            case .signal:
                return
            case .tick:
                reloader.poll()
                if let reloaded = reloader.takeReloaded()?.loaded {
                    state.replace(KioskData(reloaded.data, policy: policy), notice: KioskSession.notice(for: reloaded))
                }
                if let failure = reloader.takeFailure() {
                    state.report(KioskSession.notice(for: failure))
                }
                state.tick(now: .now())
            }
            if effects.contains(.quit) { return }
            let repainting = terminal.carryOut(effects).count < effects.count
            // The clock moves once a minute; an unchanged screen is not painted again.
            let grid = KioskView.render(state)
            if grid != painted || repainting {
                terminal.paint(grid)
                painted = grid
            }
        }
    }

    static func notice(for loaded: LoadResult) -> KioskNotice? {
        guard let first = loaded.problems.first else { return nil }
        // Named from the data directory down: a wall screen has no room for the whole path.
        let parts = first.path.split(separator: "/")
        let short = parts.suffix(2).joined(separator: "/")
        return .damagedCases(count: loaded.problems.count, firstPath: SafeText.line(short))
    }

    static func notice(for error: StoreError) -> KioskNotice {
        .unavailable(english: error.message(.en), spanish: error.message(.es))
    }
}
