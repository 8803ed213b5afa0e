#if canImport(Glibc)
import Glibc
#endif

/// Hands pages that freed memory left to glibc's allocator back to the system (`malloc_trim`):
/// after a large board's case skeletons are replaced by its whole cases, some hundred
/// megabytes would otherwise stay resident, unused. (`enlace-bench memory-parts` trims before
/// each part it measures, to count what is held, not what was freed.)
public enum ReleaseFreedMemory {
    public static func now() {
        #if canImport(Glibc)
        // Declared in <malloc.h>, which Swift's Glibc module does not bring in.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
