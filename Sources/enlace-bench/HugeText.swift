import EnlaceGenerator
import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// A case with a huge summary, on the board: the store reads case files up to 256 MiB, and
/// an officer may select such a case and go on working. Each keystroke is update + render.
extension Benchmarks {
    /// `enlace-bench board-huge [--summary-mb 100] [--cases 1000] [--runs N]`: a board of
    /// generated cases in a fresh directory under /tmp (removed afterwards), one of them with a
    /// summary of `--summary-mb` megabytes of words and paragraphs, read back by the store as
    /// the board reads it. Measures the first paint with that case selected, then, with it
    /// shown: moving down the list and back, scrolling its detail, and typing in the filter
    /// a word of its first lines and a word of its last.
    static func boardHugeText(_ options: BenchOptions) throws {
        let megabytes = options.int("summary-mb", default: 100)
        let count = max(2, options.int("cases", default: 1000))
        let runs = options.runs
        let directory = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("enlace-bench-huge-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let generator = BoardGenerator(seed: 1, contactCount: 50, registry: try Store.embeddedRegistry())
        var cases = generator.makeCases(count: count)
        let huge = count / 2
        cases[huge].summary = hugeSummary(megabytes: megabytes, from: cases)
        let hugeID = cases[huge].id
        let store = try Store.create(at: directory, sample: false, user: "bench")
        try store.importContacts(generator.contacts)
        try store.importCases(cases)
        cases = []
        let data = try Store(directory: directory, mode: .readOnly).load().data

        let size = ScreenSize(width: 200, height: 50)
        var state = AppState(data: data, size: size, language: .en, today: BoardGeneratorDay.today)
        _ = update(&state, .searchIndexBuilt(.init(indexing: data.cases, generation: state.dataGeneration)))
        _ = update(&state, .moveToTop)
        while state.selectedCase?.id != hugeID {
            let before = state.positions[.cases].selected
            _ = update(&state, .moveDown)
            guard state.positions[.cases].selected != before else { throw BenchError.failed("the huge case is not listed") }
        }
        let what = "board.huge-summary(\(megabytes) MB)"
        let first = milliseconds { _ = BoardView.render(state) }
        Measurement(what: what + ".first-paint", cases: data.cases.count, milliseconds: [first]).print()

        func keystrokes(_ name: String, _ actions: [Intent]) {
            var times: [Double] = []
            for _ in 0..<runs {
                for action in actions {
                    times.append(milliseconds {
                        _ = update(&state, action)
                        _ = BoardView.render(state)
                    })
                }
            }
            Measurement(what: what + "." + name, cases: data.cases.count, milliseconds: times, extra: [
                "worst_ms": times.max() ?? 0,
            ]).print()
        }
        keystrokes("move-down-and-back", [.moveDown, .moveUp])
        keystrokes("scroll-detail", [.scrollDetailDown, .scrollDetailDown, .scrollDetailUp, .scrollDetailUp])
        let repaint = measure(runs: runs) { _ = BoardView.render(state) }
        Measurement(what: what + ".repaint", cases: data.cases.count, milliseconds: repaint).print()

        // Words the summary holds near its start and only at its very end: the filter finds
        // the first at once and reads the whole summary for the second, once.
        for word in ["fiscalia", "zanahoria"] {
            var times: [Double] = []
            for _ in 0..<runs {
                var typing = state
                _ = update(&typing, .startFilter)
                for character in word {
                    times.append(milliseconds {
                        _ = update(&typing, .filterInsert(String(character)))
                        _ = BoardView.render(typing)
                    })
                }
                if typing.selectedCase?.id != hugeID { throw BenchError.failed("typing \(word) left the huge case") }
            }
            Measurement(what: what + ".filter-keystroke[\(word)]", cases: data.cases.count, milliseconds: times, extra: [
                "worst_ms": times.max() ?? 0,
            ]).print()
        }
    }

    /// About `megabytes` MB of the generated cases' summaries, in paragraphs; it holds
    /// `fiscalia` in its first lines and ends with `zanahoria`, which nothing else holds.
    static func hugeSummary(megabytes: Int, from cases: [Case]) -> String {
        let target = megabytes * 1_000_000
        var text = "Fiscalia: "
        text.reserveCapacity(target + 1000)
        var index = 0
        while text.utf8.count < target {
            text += cases[index % cases.count].summary
            text += index % 7 == 6 ? "\n\n" : " "
            index += 1
        }
        return text + " zanahoria"
    }
}
