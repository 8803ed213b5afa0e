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

    /// The search without `memmem`; internal so that a test can hold it to the same answers.
    static func portableSearch(
        _ haystack: UnsafeRawPointer, _ haystackCount: Int, _ needle: UnsafeRawPointer, _ needleCount: Int
    ) -> UnsafeRawPointer? {
        guard needleCount > 0 else { return nil }
        let first = Int32(needle.load(as: UInt8.self))
        var cursor = haystack
        var remaining = haystackCount
        while remaining >= needleCount, let hit = memchr(cursor, first, remaining - needleCount + 1) {
            let candidate = UnsafeRawPointer(hit)
            if memcmp(candidate, needle, needleCount) == 0 { return candidate }
            remaining -= candidate - cursor + 1
            cursor = candidate + 1
        }
        return nil
    }
}
