import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// The board's own rows of issue 8's table, in-process: the state and first screen built from
/// loaded data, a filter keystroke (update + view) with the search index, and a selection move
/// (update + view). Bytes to the terminal are measured by EnlaceTerminal's tests on a pipe.
extension Benchmarks {
    static func boardKeys(_ options: BenchOptions) throws {
        let data = try Store(directory: try options.data, mode: .readOnly).load().data
        let count = data.cases.count
        let size = ScreenSize(width: 200, height: 50)
        var state = AppState(data: data, size: size, language: .en, today: BoardGeneratorDay.today)
        let stateTimes = measure(runs: options.runs) {
            state = AppState(data: data, size: size, language: .en, today: BoardGeneratorDay.today)
            _ = BoardView.render(state)
        }
        Measurement(what: "board.state+first-paint(loaded data)", cases: count, milliseconds: stateTimes).withCPU().print()

        _ = update(&state, .searchIndexBuilt(.init(index: CaseSearchIndex(data.cases), generation: state.dataGeneration)))
        // One keystroke at a time, as an officer types "fiscalia": each is update + render.
        var keystrokes: [Double] = []
        for _ in 0..<max(1, options.runs / 3) {
            var typing = state
            _ = update(&typing, .startFilter)
            for character in "fiscalia" {
                keystrokes.append(milliseconds {
                    _ = update(&typing, .filterInsert(String(character)))
                    _ = BoardView.render(typing)
                })
            }
        }
        Measurement(what: "board.filter-keystroke(fiscalia)", cases: count, milliseconds: keystrokes, extra: [
            "worst_ms": keystrokes.max() ?? 0,
        ]).print()

        var moving = state
        let moveTimes = measure(runs: max(options.runs, 50)) {
            _ = update(&moving, .moveDown)
            _ = BoardView.render(moving)
        }
        Measurement(what: "board.selection-move", cases: count, milliseconds: moveTimes).withCPU().print()
        // The two halves of a move, to see which one costs.
        let updateTimes = measure(runs: max(options.runs, 50)) { _ = update(&moving, .moveDown) }
        Measurement(what: "board.selection-move.update", cases: count, milliseconds: updateTimes).print()
        let renderTimes = measure(runs: max(options.runs, 50)) { _ = BoardView.render(moving) }
        Measurement(what: "board.selection-move.render", cases: count, milliseconds: renderTimes).print()
    }
}
