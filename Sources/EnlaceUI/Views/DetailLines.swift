import EnlaceText

/// A detail's lines, in order: its short lines as they are, and each wrapped paragraph as its
/// `WrappedText`, whose lines are made only when asked for. A paint asks for the rows it shows,
/// so a summary of a million lines costs a paint what a summary of ten does.
struct DetailLines: RandomAccessCollection {
    private enum Segment {
        case line(DetailLine)
        /// Each line of `wrapped`, after `pad`, in `style`.
        case paragraph(WrappedText, pad: String, style: Style)

        var count: Int {
            switch self {
            case .line: 1
            case .paragraph(let wrapped, _, _): wrapped.count
            }
        }
    }

    private var segments: [Segment] = []
    /// The row of each segment's first line, parallel to `segments`.
    private var starts: [Int] = []
    private(set) var endIndex = 0
    /// Counts the paragraph lines made, when a test wants to know.
    private let work: WrappedTextCache?

    init(countingWorkIn work: WrappedTextCache? = nil) { self.work = work }

    var startIndex: Int { 0 }

    subscript(row: Int) -> DetailLine {
        let segment = segmentIndex(of: row)
        switch segments[segment] {
        case .line(let line):
            return line
        case .paragraph(let wrapped, let pad, let style):
            work?.countLineMade()
            return DetailLine([DetailBuilder.piece(pad + wrapped[row - starts[segment]], style)])
        }
    }

    /// The row of the line that carries `link`, if any; without making a paragraph's lines.
    func row(ofLink link: Int) -> Int? {
        for (index, segment) in segments.enumerated() {
            if case .line(let line) = segment, line.link == link { return starts[index] }
        }
        return nil
    }

    mutating func append(_ line: DetailLine) { append(.line(line)) }

    mutating func append(_ wrapped: WrappedText, pad: String, style: Style) {
        guard !wrapped.isEmpty else { return }
        append(.paragraph(wrapped, pad: pad, style: style))
    }

    private mutating func append(_ segment: Segment) {
        segments.append(segment)
        starts.append(endIndex)
        endIndex += segment.count
    }

    /// The index of the segment that holds `row`: the last one starting at or before it.
    private func segmentIndex(of row: Int) -> Int {
        var low = 0, high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= row { low = middle } else { high = middle }
        }
        return low
    }
}
