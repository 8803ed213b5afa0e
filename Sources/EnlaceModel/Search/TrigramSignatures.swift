/// For each case, which three-byte sequences its folded text contains, hashed into 4,096
/// bits (512 bytes a case). A word can only be in a case whose signature has the bits of all
/// the word's trigrams, so most cases are ruled out without reading their text: the scan of
/// the whole buffer (about 4 GB/s, so 20–40 ms for 100,000 realistic cases) becomes a check
/// of a few bits per case and a `memmem` over the few that pass.
///
/// A signature only rules cases out; whatever passes is still searched, so answers never
/// depend on it. Words shorter than three bytes have no trigram and are searched directly.
struct TrigramSignatures: Sendable {
    static let bitsPerCase = 4096
    static let wordsPerCase = bitsPerCase / 64

    private var words: [UInt64] = []

    /// How many cases have a signature.
    var count: Int { words.count / Self.wordsPerCase }

    /// Appends the signature of `bytes` (one case's folded text) as the next case's.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        words.append(contentsOf: Self.signature(of: bytes))
    }

    /// Replaces the signature of case `index`.
    mutating func replace(at index: Int, with bytes: UnsafeBufferPointer<UInt8>) {
        let base = index * Self.wordsPerCase
        words.replaceSubrange(base..<(base + Self.wordsPerCase), with: Self.signature(of: bytes))
    }

    private static func signature(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var signature = [UInt64](repeating: 0, count: wordsPerCase)
        forEachBit(bytes) { bit in signature[bit >> 6] |= 1 << UInt64(bit & 63) }
        return signature
    }

    mutating func reserve(cases: Int) {
        words.reserveCapacity(cases * Self.wordsPerCase)
    }

    /// The bits a needle needs, as (word offset in a signature, mask); nil when the needle is
    /// too short to have a trigram.
    static func requirement(for needle: [UInt8]) -> [(offset: Int, mask: UInt64)]? {
        guard needle.count >= 3 else { return nil }
        var masks: [Int: UInt64] = [:]
        needle.withUnsafeBufferPointer { buffer in
            forEachBit(buffer) { bit in masks[bit >> 6, default: 0] |= 1 << UInt64(bit & 63) }
        }
        return masks.map { (offset: $0.key, mask: $0.value) }
    }

    /// Whether case `index` may contain a needle with `requirement`.
    func mayContain(_ index: Int, _ requirement: [(offset: Int, mask: UInt64)]) -> Bool {
        let base = index * Self.wordsPerCase
        for (offset, mask) in requirement where words[base + offset] & mask != mask { return false }
        return true
    }

    private static func forEachBit(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard bytes.count >= 3 else { return }
        var gram = UInt32(bytes[0]) << 8 | UInt32(bytes[1])
        for position in 2..<bytes.count {
            gram = (gram << 8 | UInt32(bytes[position])) & 0xFF_FFFF
            // A trigram across a field separator can never be in a needle.
            if gram & 0xFF == 0 || gram & 0xFF00 == 0 || gram & 0xFF_0000 == 0 { continue }
            body(Int((gram &* 0x9E37_79B1) >> 20))
        }
    }
}
