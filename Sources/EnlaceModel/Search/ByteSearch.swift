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

    /// A needle prepared for many short searches (one per case of an index).
    ///
    /// It compares 16 positions at a time: where the needle's first byte and its last byte
    /// both sit at the right distance (the test of Muła's "SIMD-friendly" substring search),
    /// the bytes between are compared. Folded text has few such places, so most blocks of 16
    /// are passed over with two loads and two compares, without a call into the C library.
    struct Needle {
        let bytes: UnsafeBufferPointer<UInt8>
        private let firstByte: UInt8
        private let lastByte: UInt8
        private let firsts: SIMD16<UInt8>
        private let lasts: SIMD16<UInt8>

        /// `bytes` must stay valid while the needle is used.
        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            firstByte = bytes.first ?? 0
            lastByte = bytes.last ?? 0
            firsts = SIMD16(repeating: firstByte)
            lasts = SIMD16(repeating: lastByte)
        }

        /// The offset of the first occurrence in `haystack[start..<end]`, or nil.
        func firstIndex(in haystack: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
            let count = bytes.count
            guard count > 0, end - start >= count else { return nil }
            let lastStart = end - count
            let raw = UnsafeRawPointer(haystack)
            var position = start
            // Sixteen starts at a time while both loads stay inside start..<end.
            while position + 15 <= lastStart {
                let heads = raw.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
                let tails = raw.loadUnaligned(fromByteOffset: position + count - 1, as: SIMD16<UInt8>.self)
                let candidates = (heads .== firsts) .& (tails .== lasts)
                if any(candidates) {
                    for lane in 0..<16 where candidates[lane] && middleMatches(haystack, at: position + lane) {
                        return position + lane
                    }
                }
                position += 16
            }
            while position <= lastStart {
                if haystack[position] == firstByte, haystack[position + count - 1] == lastByte,
                   middleMatches(haystack, at: position) {
                    return position
                }
                position += 1
            }
            return nil
        }

        /// Whether the needle occurs at `haystack[position...]`, inside `end`.
        func occurs(in haystack: UnsafePointer<UInt8>, at position: Int, end: Int) -> Bool {
            let count = bytes.count
            guard count > 0, position >= 0, end - position >= count else { return false }
            return haystack[position] == firstByte && haystack[position + count - 1] == lastByte
                && middleMatches(haystack, at: position)
        }

        /// Whether the bytes between the first and the last match; the ends are already known to.
        @inline(__always)
        private func middleMatches(_ haystack: UnsafePointer<UInt8>, at position: Int) -> Bool {
            var index = 1
            while index < bytes.count - 1 {
                if haystack[position + index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
    }

    /// The needle's rarest byte (by `commonness`): the one `memchr` looks for.
    static func anchor(of needle: UnsafeBufferPointer<UInt8>) -> Int {
        var anchor = 0
        for index in needle.indices.dropFirst() where commonness[Int(needle[index])] < commonness[Int(needle[anchor])] {
            anchor = index
        }
        return anchor
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
