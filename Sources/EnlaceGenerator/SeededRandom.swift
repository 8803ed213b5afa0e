/// A small, fast random number generator whose whole future follows from its seed (SplitMix64),
/// so that a generated board is the same on every machine and every run.
///
/// The standard library's generator is seeded from the system and cannot be replayed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for item `index` of the stream `seed`: items can be made in any order, on
    /// any core, and the first thousand cases of a big board are those of a small one.
    public init(seed: UInt64, index: Int, stream: UInt64 = 0) {
        var mixer = SeededRandom(seed: seed ^ (stream &* 0xA076_1D64_78BD_642F))
        let base = mixer.next()
        self.init(seed: base &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, the same on every platform (no modulo bias worth worrying about here).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool { int(in: 0...99) < percent }

    /// One element, or nil for an empty collection.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + int(in: 0...(items.count - 1))]
    }

    /// One element, chosen with the given weights (same count as `items`).
    public mutating func pick<T>(_ items: [T], weights: [Int]) -> T {
        let total = weights.reduce(0, +)
        var roll = int(in: 0...(total - 1))
        for (item, weight) in zip(items, weights) {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1]
    }

    /// `count` distinct elements in their original order (fewer if there are not enough).
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var chosen = Array(items.indices)
        var result: [Int] = []
        for _ in 0..<min(count, items.count) {
            let position = int(in: 0...(chosen.count - 1))
            result.append(chosen.remove(at: position))
        }
        return result.sorted().map { items[$0] }
    }
}
