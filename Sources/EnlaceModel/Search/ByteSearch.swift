#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over folded bytes, with the C library's `memmem` (a two-way search that
/// scans a 100,000-case buffer in a couple of milliseconds).
///
/// Swift's Glibc module hides `memmem` (it is a GNU extension), so it is looked up once with
/// `dlsym`; where that fails, a `memchr`-and-`memcmp` search gives the same answers.
enum ByteSearch {
    /// The offset of the first `needle` in `haystack[start..<end]`, or nil.
    static func firstIndex(
        of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        guard !needle.isEmpty, end - start >= needle.count, let base = haystack.baseAddress else { return nil }
        return needle.withUnsafeBufferPointer { needleBuffer -> Int? in
            guard let needleBase = needleBuffer.baseAddress,
                  let found = search(UnsafeRawPointer(base + start), end - start, UnsafeRawPointer(needleBase), needle.count)
            else { return nil }
            return found - UnsafeRawPointer(base)
        }
    }

    /// Whether `needle` is in `haystack[start..<end]`, for the short texts of one record,
    /// where `memmem`'s setup costs more than the search: `memchr` for the first byte, then
    /// a compare.
    static func isInShortText(
        _ needle: UnsafeBufferPointer<UInt8>, _ haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> Bool {
        guard needle.count > 0, end - start >= needle.count, let base = haystack.baseAddress,
              let needleBase = needle.baseAddress else { return false }
        return portableSearch(UnsafeRawPointer(base + start), end - start, UnsafeRawPointer(needleBase), needle.count) != nil
    }

    static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { firstIndex(of: needle, in: $0, from: 0, to: $0.count) != nil }
    }

    private typealias Memmem = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int) -> UnsafeMutableRawPointer?

    private static let memmemFunction: Memmem? = {
        // RTLD_DEFAULT: search the symbols already loaded, libc among them.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem") else { return nil }
        return unsafeBitCast(symbol, to: Memmem.self)
    }()

    private static func search(
        _ haystack: UnsafeRawPointer, _ haystackCount: Int, _ needle: UnsafeRawPointer, _ needleCount: Int
    ) -> UnsafeRawPointer? {
        if let memmemFunction {
            return memmemFunction(haystack, haystackCount, needle, needleCount).map { UnsafeRawPointer($0) }
        }
        return portableSearch(haystack, haystackCount, needle, needleCount)
    }

    /// The search without `memmem`; internal so that a test can hold it to the same answers.
    ///
    /// `memchr` looks for the needle's rarest byte (by letter frequency in Spanish and English
    /// text), so it stops rarely; each stop is checked with `memcmp`.
    static func portableSearch(
        _ haystack: UnsafeRawPointer, _ haystackCount: Int, _ needle: UnsafeRawPointer, _ needleCount: Int
    ) -> UnsafeRawPointer? {
        guard needleCount > 0, haystackCount >= needleCount else { return nil }
        let needleBytes = needle.assumingMemoryBound(to: UInt8.self)
        var anchor = 0
        for index in 1..<needleCount where commonness[Int(needleBytes[index])] < commonness[Int(needleBytes[anchor])] {
            anchor = index
        }
        let anchorByte = Int32(needleBytes[anchor])
        // Positions where the anchor byte may sit: from `anchor` to the last start plus `anchor`.
        var cursor = haystack + anchor
        let last = haystack + (haystackCount - needleCount + anchor)
        while cursor <= last, let hit = memchr(cursor, anchorByte, last - cursor + 1) {
            let candidate = UnsafeRawPointer(hit) - anchor
            if memcmp(candidate, needle, needleCount) == 0 { return candidate }
            cursor = UnsafeRawPointer(hit) + 1
        }
        return nil
    }

    /// How common each byte is in folded text, higher for more common: space, then letters in
    /// rough order of frequency; digits, punctuation and UTF-8 bytes are rare.
    private static let commonness: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        let order = Array("kwxzjqhfyvgbpmucdtlirnsoae ".utf8)
        for (rank, byte) in order.enumerated() { table[Int(byte)] = UInt8(rank + 1) }
        return table
    }()
}
