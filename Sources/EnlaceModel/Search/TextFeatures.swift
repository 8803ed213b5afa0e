/// What each case's folded text contains, kept as one bitmap over all cases per feature, so
/// that a word is decided for 100,000 cases by reading a few 12 KB bitmaps instead of every
/// case's text:
///
/// - **bytes** (256 features): exact — a one-byte word is answered without reading any text;
/// - **pairs of adjacent bytes**, each byte as one of 38 classes (a letter, a digit, the space,
///   anything else; 1,444 features): exact for a two-byte word of letters, digits and spaces,
///   which is what the second keystroke of a filter is;
/// - **triples of adjacent bytes**, hashed into 2,048 features: a word can only be in a case
///   that has all of its triples, so most cases are ruled out before their text is searched.
///
/// Inexact answers only rule cases out; whatever passes is still searched, so answers never
/// depend on the hash. Nothing spans the zero byte between two fields: no needle holds one.
///
/// Memory: 3,748 bits a case (about 470 bytes), in columns of one bit per case.
struct TextFeatures: Sendable {
    static let classCount = 38
    /// The class of bytes that share one: everything but letters, digits and the space.
    static let otherClass = UInt8(classCount - 1)
    static let pairBase = 256
    static let tripleBase = pairBase + classCount * classCount
    static let tripleFeatures = 2048
    static let featureCount = tripleBase + tripleFeatures

    /// featureCount columns of `wordsPerColumn` words: bit `i` of column `f` is case `i`'s.
    private var columns: [UInt64] = []
    private var wordsPerColumn = 0
    /// How many cases have features.
    private(set) var count = 0

    mutating func reserve(cases: Int) {
        let words = (cases + 63) / 64
        if words > wordsPerColumn { relayout(wordsPerColumn: words) }
    }

    /// Adds the features of `bytes` (one case's folded text) as the next case's.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if count == wordsPerColumn * 64 { relayout(wordsPerColumn: max(16, wordsPerColumn * 2)) }
        count += 1
        set(bytes, case: count - 1)
    }

    /// Replaces the features of case `index`.
    mutating func replace(at index: Int, with bytes: UnsafeBufferPointer<UInt8>) {
        guard index >= 0, index < count else { return }
        let word = index >> 6, clear = ~(UInt64(1) << UInt64(index & 63))
        for feature in 0..<Self.featureCount { columns[feature * wordsPerColumn + word] &= clear }
        set(bytes, case: index)
    }

    /// The cases that may hold `needle`, a bit a case, and whether that answer is exact.
    func candidates(for needle: UnsafeBufferPointer<UInt8>) -> (bits: [UInt64], exact: Bool) {
        let words = (count + 63) / 64
        var required: Set<Int> = []
        var exact = false
        switch needle.count {
        case 0:
            return ([UInt64](repeating: 0, count: words), true)
        case 1:
            required.insert(Int(needle[0]))
            exact = true
        default:
            for byte in needle where Self.classes[Int(byte)] == Self.otherClass { required.insert(Int(byte)) }
            Self.forEachFeature(needle) { required.insert($0) }
            exact = needle.count == 2 && needle.allSatisfy { Self.classes[Int($0)] != Self.otherClass }
        }
        var bits = [UInt64](repeating: ~0, count: words)
        columns.withUnsafeBufferPointer { columns in
            for feature in required {
                let column = feature * wordsPerColumn
                for word in 0..<words { bits[word] &= columns[column + word] }
            }
        }
        return (bits, exact)
    }

    // MARK: - Building

    private mutating func set(_ bytes: UnsafeBufferPointer<UInt8>, case index: Int) {
        let word = index >> 6, bit = UInt64(1) << UInt64(index & 63)
        let stride = wordsPerColumn
        columns.withUnsafeMutableBufferPointer { columns in
            for byte in bytes where byte != 0 { columns[Int(byte) * stride + word] |= bit }
            Self.forEachFeature(bytes) { columns[$0 * stride + word] |= bit }
        }
    }

    private mutating func relayout(wordsPerColumn newWords: Int) {
        var grown = [UInt64](repeating: 0, count: Self.featureCount * newWords)
        if wordsPerColumn > 0 {
            for feature in 0..<Self.featureCount {
                let from = feature * wordsPerColumn, to = feature * newWords
                for word in 0..<wordsPerColumn { grown[to + word] = columns[from + word] }
            }
        }
        columns = grown
        wordsPerColumn = newWords
    }

    /// The pair and triple features of `bytes`, with repeats.
    private static func forEachFeature(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard bytes.count >= 2 else { return }
        var previous = bytes[0], beforePrevious: UInt8 = 0
        for position in 1..<bytes.count {
            let byte = bytes[position]
            if byte != 0, previous != 0 {
                body(pairBase + Int(classes[Int(previous)]) * classCount + Int(classes[Int(byte)]))
                if beforePrevious != 0 {
                    let triple = UInt32(beforePrevious) << 16 | UInt32(previous) << 8 | UInt32(byte)
                    body(tripleBase + Int((triple &* 0x9E37_79B1) >> 21))
                }
            }
            beforePrevious = previous
            previous = byte
        }
    }

    /// The class of each byte: letters 0–25, digits 26–35, the space 36, anything else 37.
    private static let classes: [UInt8] = (0..<256).map { value in
        switch value {
        case 0x61...0x7A: UInt8(value - 0x61)
        case 0x30...0x39: UInt8(26 + value - 0x30)
        case 0x20: 36
        default: otherClass
        }
    }
}
