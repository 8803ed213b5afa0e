/// A text wrapped to a width (`WordWrap.wrapped`): its lines, made one at a time when asked for.
///
/// A summary of 100 MB wraps into over a million lines; kept as strings they would take more
/// memory than the text and seconds to make. Here a line of plain Latin is a span of the text
/// itself — its runs of spaces drawn as one, as `WordWrap` joins words — and only lines of
/// other text (made safe and normalized by `SafeText`) are kept as their own bytes.
public struct WrappedText: Sendable, RandomAccessCollection {
    /// The text the spans are of, in contiguous UTF-8.
    private let source: String
    /// Line `i` is `bounds[2 i] ..< bounds[2 i + 1]`: bytes of `source`, or, where the start is
    /// negative, bytes `~start ..< end` of `made`.
    private var bounds: [Int] = []
    /// The lines that are not spans of `source`, one after the other.
    private var made: [UInt8] = []

    init(source: String) {
        var contiguous = source
        contiguous.makeContiguousUTF8()
        self.source = contiguous
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { bounds.count / 2 }

    public subscript(line: Int) -> String {
        let start = bounds[2 * line], end = bounds[2 * line + 1]
        if start < 0 {
            return made.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[~start..<end]), as: UTF8.self) }
        }
        return withSourceBytes { bytes in Self.joiningSpaces(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
    }

    /// Calls `body` with the UTF-8 of `source`.
    func withSourceBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = source.utf8.withContiguousStorageIfAvailable(body) { return result }
        // Not reached: `init` made the text contiguous.
        return Array(source.utf8).withUnsafeBufferPointer(body)
    }

    /// Adds a line: the words of `range` of the source's bytes, one space between each two.
    mutating func appendSpan(_ range: Range<Int>) {
        bounds.append(range.lowerBound)
        bounds.append(range.upperBound)
    }

    /// Adds a line given whole.
    mutating func appendLine(_ line: String) {
        bounds.append(~made.count)
        made.append(contentsOf: line.utf8)
        bounds.append(made.count)
    }

    /// `bytes` with every run of spaces made one space.
    private static func joiningSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            var afterSpace = false
            for byte in bytes {
                if byte == 0x20 {
                    if afterSpace { continue }
                    afterSpace = true
                } else {
                    afterSpace = false
                }
                buffer[count] = byte
                count += 1
            }
            return count
        }
    }
}
