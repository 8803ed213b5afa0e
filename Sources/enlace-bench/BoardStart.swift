import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// The board's first paint as `enlace` does it on a large board, in-process and in its parts:
/// the list index's rows with the state from their skeletons, the first screen drawn; then the
/// whole load that follows in the background, and a reload after one case file changed.
extension Benchmarks {
    static func boardStart(_ options: BenchOptions) throws {
        let store = Store(directory: try options.data, mode: .readOnly)
        let size = ScreenSize(width: 200, height: 50)
        var count = 0
        var parts: [String: [Double]] = ["index+state": [], "render": []]
        let times = try measure(runs: options.runs) {
            // As the board does it: the state is made from the index's rows while the case files
            // are stat'ed, and kept when they prove the index fresh.
            var state: AppState?
            parts["index+state", default: []].append(try milliseconds {
                let (listed, early) = try store.loadListIndex(searchText: false) { provisional in
                    AppState(data: provisional.skeletonData, size: size, language: .en, today: BoardGeneratorDay.today, loadingCases: true)
                }
                count = listed.cases.count
                state = early ?? AppState(
                    data: listed.skeletonData, size: size, language: .en, today: BoardGeneratorDay.today, loadingCases: true)
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
