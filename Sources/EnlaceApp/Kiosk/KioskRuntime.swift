import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// How the wall display was asked to run.
public struct KioskOptions: Sendable {
    public var policy: KioskPolicy
    public var rotateSeconds: Int
    public var exitKey: Key?
    public var explicitLanguage: Language?

    public init(policy: KioskPolicy, rotateSeconds: Int, exitKey: Key?, explicitLanguage: Language?) {
        self.policy = policy
        self.rotateSeconds = rotateSeconds
        self.exitKey = exitKey
        self.explicitLanguage = explicitLanguage
    }
}

/// The wall display at run time: the board's event loop with a read-only store and a keymap
/// where nothing changes data. It never stops on bad data — a damaged file or a vanished
/// directory is a notice on the screen — and only a signal, `--exit-key` or the end of input
/// ends it. It starts no process: there is no export, shell or editor here to start.
public enum KioskRuntime {
    public static func run(terminal: any BoardTerminal, directory: URL, options: KioskOptions) {
        let (policy, rotateSeconds, exitKey, explicitLanguage) =
            (options.policy, options.rotateSeconds, options.exitKey, options.explicitLanguage)
        // Read-only: opens no file for writing, creates nothing, takes no lock.
        let store = Store(directory: directory, mode: .readOnly)
        let stamp = store.changeStamp()
        var loaded: LoadResult?
        var notice: KioskNotice?
        do {
            loaded = try store.load()
            notice = loaded.flatMap { Self.notice(for: $0) }
        } catch {
            notice = Self.notice(for: error)
        }
        let language = Language.choose(
            explicit: explicitLanguage, boardDefault: loaded.flatMap { Language(rawValue: $0.data.board.defaultLanguage) })
        let size = terminal.size
        var state = KioskState(
            data: loaded?.data, policy: policy, size: ScreenSize(width: size.width, height: size.height),
            language: language, now: .now(), rotateSeconds: rotateSeconds, keymap: KioskKeys.keymap(exitKey: exitKey),
            notice: notice)
        let reloader = loaded.map {
            DataReloader(store: store, loaded: $0, loadedAt: stamp, preparesLookups: false, wake: terminal.wake)
        } ?? DataReloader(store: store, preparesLookups: false, wake: terminal.wake)

        var painted = KioskView.render(state)
        terminal.paint(painted)
        while let event = terminal.nextEvent(timeout: tickInterval) {
            var effects: [Effect] = []
            switch event {
            case .key(let key):
                // Always the board's mode: the kiosk has no filter to type into.
                if let intent = state.keymap.intent(for: key, in: .board) { effects += state.apply(intent) }
            case .paste(let text):
                // Keys typed fast arrive as one burst: each character goes through the keymap,
                // so a paste is no way round it.
                for character in text {
                    if let intent = state.keymap.intent(for: .character(character), in: .board) { effects += state.apply(intent) }
                }
            case .resize(let width, let height):
                effects += state.apply(Reply.resize(width: width, height: height))
            case .signal:
                return
            case .tick:
                reloader.poll()
                if let reloaded = reloader.takeReloaded()?.loaded {
                    state.replace(KioskData(reloaded.data, policy: policy), notice: Self.notice(for: reloaded))
                }
                if let failure = reloader.takeFailure() {
                    state.report(Self.notice(for: failure))
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

    private static func notice(for loaded: LoadResult) -> KioskNotice? {
        guard let first = loaded.problems.first else { return nil }
        // Named from the data directory down: a wall screen has no room for the whole path.
        let parts = first.path.split(separator: "/")
        let short = parts.suffix(2).joined(separator: "/")
        return .damagedCases(count: loaded.problems.count, firstPath: SafeText.line(short))
    }

    private static func notice(for error: StoreError) -> KioskNotice {
        .unavailable(english: error.message(.en), spanish: error.message(.es))
    }
}
