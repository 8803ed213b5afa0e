import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// The board's first paint as `enlace` does it on a large board, in-process and in its parts:
/// the list index's rows, the state from their skeletons, the first screen drawn; then the
/// whole load that follows in the background, and a reload after one case file changed.
extension Benchmarks {
    static func boardStart(_ options: BenchOptions) throws {
        let store = Store(directory: try options.data, mode: .readOnly)
        let size = ScreenSize(width: 200, height: 50)
        var count = 0
        var parts: [String: [Double]] = ["index": [], "state": [], "render": []]
        let times = try measure(runs: options.runs) {
            var listed: ListIndexResult?
            parts["index", default: []].append(try milliseconds { listed = try store.loadListIndex(searchText: false) })
            guard let listed else { return }
            count = listed.cases.count
            var state: AppState?
            parts["state", default: []].append(milliseconds {
                state = AppState(data: listed.skeletonData, size: size, language: .en, today: BoardGeneratorDay.today, loadingCases: true)
            })
            parts["render", default: []].append(milliseconds { _ = state.map(BoardView.render) })
        }
        var extra: [String: Double] = [:]
        for (part, values) in parts {
            extra[part + "_median_ms"] = Measurement(what: part, cases: count, milliseconds: Array(values.suffix(options.runs))).median
        }
        Measurement(what: "board.first-paint(list index)", cases: count, milliseconds: times, extra: extra).withCPU().print()

        var loaded: LoadResult?
        let wholeTimes = try measure(runs: max(1, options.runs / 2)) { loaded = try store.load() }
        Measurement(what: "board.whole-load(background)", cases: count, milliseconds: wholeTimes).withCPU().print()
        // A reload with nothing changed: the directory scan and the small files only.
        let reloadTimes = try measure(runs: options.runs) { _ = try store.reload(loaded) }
        Measurement(what: "board.reload(nothing changed)", cases: count, milliseconds: reloadTimes).withCPU().print()
    }
}
