import EnlaceModel
import EnlaceText
import Testing
@testable import EnlaceUI

/// A case file may hold a summary of hundreds of megabytes. The detail wraps a long text once
/// per width and makes only the lines it shows, so a keystroke with such a case selected costs
/// what it costs with any other; and what it shows is what the plain wrap would show.
@Suite("Huge texts in the detail")
struct HugeTextTests {
    /// The test board with the fifth case's summary (a case with one contact and no notes, so
    /// that the end of its detail is the end of its summary and two short sections) set to
    /// `summary`, that case selected.
    static func state(summary: String, width: Int = 100, height: Int = 30) -> AppState {
        var data = TestBoard.data
        data.cases[4].summary = summary
        var state = AppState(data: data, size: ScreenSize(width: width, height: height), language: .en, today: TestBoard.today)
        if let position = state.lists.cases.items.firstIndex(of: 4) { state.select(position) }
        return state
    }

    /// The rows of the detail as text, trailing spaces cut.
    static func detailRows(_ state: AppState) -> [String] {
        let grid = BoardView.render(state)
        let detail = BoardLayout(state).detail
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        return (detail.y..<(detail.y + detail.height)).map { y in
            let row = rows[y]
            var text = String(row[min(detail.x, row.count)..<min(detail.x + detail.width, row.count)])
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    static let sentence = "La Fiscalía pidió la cadena de custodia completa antes del viernes. "

    @Test("a second paint of the same case at the same width wraps nothing and makes only the rows it shows")
    func secondPaint() {
        var state = Self.state(summary: String(repeating: Self.sentence, count: 20_000))
        let height = BoardLayout(state).detail.height
        _ = BoardView.render(state)
        #expect(state.detailWraps.textsWrapped == 1)
        #expect(state.detailWraps.linesMade <= height)

        let made = state.detailWraps.linesMade
        _ = BoardView.render(state)
        #expect(state.detailWraps.textsWrapped == 1)
        #expect(state.detailWraps.linesMade - made <= height)
    }

    @Test("moving away and back, scrolling the detail and walking its links wrap the summary no more")
    func keystrokes() {
        var state = Self.state(summary: String(repeating: Self.sentence, count: 20_000))
        let height = BoardLayout(state).detail.height
        _ = BoardView.render(state)
        let made = state.detailWraps.linesMade
        let keys: [Intent] = [.moveDown, .moveUp, .scrollDetailDown, .scrollDetailDown, .scrollDetailUp, .nextLink, .previousLink]
        for action in keys {
            _ = update(&state, action)
            _ = BoardView.render(state)
        }
        #expect(state.detailWraps.textsWrapped == 1)
        #expect(state.detailWraps.linesMade - made <= keys.count * height)
    }

    @Test("a 10 MB summary shows its first words at the top of the detail and, scrolled to the end, its last")
    func firstAndLastWords() {
        let summary = "Inicio del resumen. " + String(repeating: Self.sentence, count: 150_000) + "\n\nFin del resumen."
        #expect(summary.utf8.count > 10_000_000)
        var state = Self.state(summary: summary)
        let top = Self.detailRows(state)
        let heading = top.firstIndex { $0.hasPrefix("Summary") }
        #expect(heading != nil)
        if let heading {
            #expect(top[heading + 1] == "  Inicio del resumen. La Fiscalía pidió la cadena de custodia completa antes del viernes. La")
        }
        #expect(top.last?.hasSuffix("↓") == true)

        state.scrollDetail(by: 100_000_000)
        let end = Self.detailRows(state)
        let last = end.firstIndex { $0 == "  Fin del resumen." }
        #expect(last != nil)
        if let last {
            #expect(end[last - 1] == "")
            #expect(end[last - 2].hasSuffix("viernes."))
            #expect(end[last + 1] == "")
            #expect(end[last + 2].hasPrefix("Agencies"))
        }
        #expect(end.first?.hasSuffix("↑") == true)
        #expect(end.last?.hasSuffix("↓") == false)
    }

    @Test("a wrapped text has the lines of the plain wrap, for text of every kind at every width")
    func sameLinesAsThePlainWrap() {
        let pieces = [
            "a", "bb", "ccc", "palabra", "extraordinariamente", "á", "ñandú", "\u{A0}", "\u{AD}", " ", "  ", "   ",
            "\n", "\r\n", "\r", "\n\n", "中文", "e\u{301}", "\u{1B}[31m", "\u{200B}", "😀", "👨\u{200D}👩\u{200D}👧", "\t", "ÿ",
        ]
        var random = SplitMix(seed: 20)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<random.next(below: 24) { text += pieces[random.next(below: pieces.count)] }
            for width in [1, 2, 3, 5, 8, 13] {
                let wrapped = Array(WordWrap.wrapped(text, width: width))
                let plain = WordWrap.lines(text, width: width)
                #expect(wrapped == plain, "\(text.debugDescription) at width \(width)")
                if wrapped != plain { return }
            }
        }
        #expect(Array(WordWrap.wrapped("anything", width: 0)) == WordWrap.lines("anything", width: 0))
    }
}

/// A small seeded generator: the same texts every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
