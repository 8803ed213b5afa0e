import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// The board's own rows of BENCHMARKS.md's table, in-process: the state and first screen built from
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

        _ = update(&state, .searchIndexBuilt(.init(indexing: data.cases, generation: state.dataGeneration)))
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
        try keystrokeParts(state, data: data)
        afterAnotherSave(state, data: data, runs: max(1, options.runs / 3))
        ownSave(state, data: data, runs: options.runs)

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

    /// Another officer saves one case while this one filters: the reloaded data arrives
    /// (`dataChanged`, which filters again) and the officer types on, all before the index for
    /// the new data is built — it takes seconds at 100,000 cases. Update + render each; the
    /// lookups come prepared, as the board's reloader prepares them off the keyboard's thread.
    static func afterAnotherSave(_ state: AppState, data: BoardData, runs: Int) {
        var changed = data
        changed.cases[changed.cases.count / 2].title += " (actualizado)"
        changed.cases[changed.cases.count / 2].version += 1
        let prepared = PreparedLookups(changed, searchIndex: state.searchIndexInUse)
        var plainReloads: [Double] = []
        var reloads: [Double] = []
        var keystrokes: [Double] = []
        for _ in 0..<runs {
            var idle = state
            plainReloads.append(milliseconds {
                _ = update(&idle, .dataChanged(changed, prepared: prepared))
                _ = BoardView.render(idle)
            })
            var typing = state
            _ = update(&typing, .startFilter)
            for character in "fisc" { _ = update(&typing, .filterInsert(String(character))) }
            reloads.append(milliseconds {
                _ = update(&typing, .dataChanged(changed, prepared: prepared))
                _ = BoardView.render(typing)
            })
            for character in "alia" {
                keystrokes.append(milliseconds {
                    _ = update(&typing, .filterInsert(String(character)))
                    _ = BoardView.render(typing)
                })
            }
        }
        Measurement(what: "board.after-another-save.reload(no filter)", cases: data.cases.count, milliseconds: plainReloads).print()
        Measurement(what: "board.after-another-save.reload(filter open)", cases: data.cases.count, milliseconds: reloads).print()
        Measurement(what: "board.after-another-save.filter-keystroke", cases: data.cases.count, milliseconds: keystrokes, extra: [
            "worst_ms": keystrokes.max() ?? 0,
        ]).print()
    }

    /// This officer adds a note: what the board does with the store's answer (`.noteAppended`,
    /// update + render), with no filter open and with one. The store's own write is `note`'s
    /// row. `data` stays alive meanwhile, as the reloader keeps the last load to build on.
    static func ownSave(_ state: AppState, data: BoardData, runs: Int) {
        var saved = data.cases[data.cases.count / 2]
        saved.notes.append(Note(at: .now(), author: "bench", text: "Llamada con la Fiscalía"))
        saved.version += 1
        var plain: [Double] = []
        var filtered: [Double] = []
        var referencesCopied: [Int] = []
        // A board of its own each run, as the run loop has one: a copy of `state` would share
        // its lookups, and the first change would copy them all. The cases stay shared with
        // `data`, as the board's are with the reloader's last load.
        func board() -> AppState {
            var board = AppState(data: data, size: state.size, language: .en, today: state.today)
            if let built = state.searchIndexInUse { _ = update(&board, .searchIndexBuilt(built)) }
            return board
        }
        for _ in 0..<runs {
            var idle = board()
            let copiedBefore = idle.data.cases.referencesCopied
            plain.append(milliseconds {
                _ = update(&idle, .noteAppended(saved))
                _ = BoardView.render(idle)
            })
            referencesCopied.append(idle.data.cases.referencesCopied - copiedBefore)
            var typing = board()
            _ = update(&typing, .startFilter)
            for character in "fisc" { _ = update(&typing, .filterInsert(String(character))) }
            filtered.append(milliseconds {
                _ = update(&typing, .noteAppended(saved))
                _ = BoardView.render(typing)
            })
        }
        // Not a timing: the case references a save copied (a shared chunk's), the regression
        // guard of the save's cost; a whole copy would be every case.
        Measurement(what: "board.own-note(no filter)", cases: data.cases.count, milliseconds: plain, extra: [
            "references_copied": Double(referencesCopied.max() ?? 0),
        ]).print()
        Measurement(what: "board.own-note(filter open)", cases: data.cases.count, milliseconds: filtered).print()
        withExtendedLifetime(data) {}
    }

    /// Where a keystroke's time goes, key by key: the index's filter alone (narrowed as the
    /// board narrows it), the whole `update`, and the render; CPU time of the process.
    static func keystrokeParts(_ state: AppState, data: BoardData) throws {
        let index = CaseSearchIndex(data.cases)
        defer { try? wholeWords(data, index: index) }
        let context = QueryContext(registry: data.registry, today: BoardGeneratorDay.today)
        var typing = state
        _ = update(&typing, .startFilter)
        var text = ""
        var last: CaseSearchIndex.Matches?
        for character in "fiscalia" {
            text.append(character)
            let query = try Query.parse(text, registry: data.registry)
            var matches: CaseSearchIndex.Matches?
            let filterCPU = cpu { matches = index.filter(query, context: context, after: last) }
            last = matches
            let updateCPU = cpu { _ = update(&typing, .filterInsert(String(character))) }
            let renderCPU = cpu { _ = BoardView.render(typing) }
            Measurement(what: "board.filter-keystroke.parts[\(text)]", cases: data.cases.count, milliseconds: [updateCPU + renderCPU], extra: [
                "index_filter_cpu_ms": filterCPU, "update_cpu_ms": updateCPU, "render_cpu_ms": renderCPU,
                "matches": Double(matches?.count ?? 0),
            ]).print()
        }
    }

    /// A whole word at once (pasted, or the query changed in a way that does not narrow):
    /// the index's filter from nothing, CPU time of the process (both cores).
    static func wholeWords(_ data: BoardData, index: CaseSearchIndex) throws {
        let context = QueryContext(registry: data.registry, today: BoardGeneratorDay.today)
        for text in ["fiscalia", "culiacan", "fis", "lavado de dinero"] {
            let query = try Query.parse(text, registry: data.registry)
            var matches: CaseSearchIndex.Matches?
            _ = index.filter(query, context: context, after: nil)
            let times = measure(runs: 5) { matches = index.filter(query, context: context, after: nil) }
            Measurement(what: "board.filter-whole-word[\(text)]", cases: data.cases.count, milliseconds: times, extra: [
                "matches": Double(matches?.count ?? 0), "texts_read": Double(matches?.textsRead ?? 0),
            ]).withCPU().print()
        }
    }

    private static func cpu(_ body: () throws -> Void) rethrows -> Double {
        let before = ProcessCPU.milliseconds
        try body()
        return ProcessCPU.milliseconds - before
    }
}

extension Benchmarks {
    /// Types `fiscalia` and clears it again, `--runs` times, and nothing else: a workload for
    /// a profiler (`perf record`, `valgrind --tool=callgrind`) after the load. With
    /// `--moves N`, moves the selection down N rows instead (update + render each).
    static func boardTyping(_ options: BenchOptions) throws {
        let data = try Store(directory: try options.data, mode: .readOnly).load().data
        var state = AppState(data: data, size: ScreenSize(width: 200, height: 50), language: .en, today: BoardGeneratorDay.today)
        let moves = options.int("moves", default: 0)
        if moves > 0 {
            let times = measure(runs: options.runs) {
                for _ in 0..<moves {
                    _ = update(&state, .moveDown)
                    _ = BoardView.render(state)
                }
            }
            Measurement(what: "board.moving(\(moves) rows)", cases: data.cases.count, milliseconds: times).withCPU().print()
            return
        }
        _ = update(&state, .searchIndexBuilt(.init(indexing: data.cases, generation: state.dataGeneration)))
        _ = update(&state, .startFilter)
        let times = measure(runs: options.runs) {
            for character in "fiscalia" {
                _ = update(&state, .filterInsert(String(character)))
                _ = BoardView.render(state)
            }
            _ = update(&state, .filterDeleteToStart)
        }
        Measurement(what: "board.typing(fiscalia, then cleared)", cases: data.cases.count, milliseconds: times).withCPU().print()
    }
}
