import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timings of one thing measured several times, printed as one JSON line for scripts/bench.
struct Measurement {
    var what: String
    var cases: Int
    var milliseconds: [Double]
    var extra: [String: Double] = [:]

    var median: Double {
        let sorted = milliseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    func line() -> String {
        var object: [String: Any] = [
            "what": what, "cases": cases, "median_ms": Self.round(median),
            "min_ms": Self.round(milliseconds.min() ?? 0), "max_ms": Self.round(milliseconds.max() ?? 0),
            "runs_ms": milliseconds.map(Self.round),
        ]
        for (key, value) in extra { object[key] = Self.round(value) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    func print() {
        // Unbuffered: scripts/bench reads each line as soon as it is measured.
        FileHandle.standardOutput.write(Data((line() + "\n").utf8))
    }

    private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// Wall-clock time of a block, in milliseconds.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

/// `runs` timings of `body` after one warm-up run that is not counted.
func measure(runs: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> [Double] {
    if warmUp { try body() }
    var times: [Double] = []
    for _ in 0..<runs { times.append(try milliseconds(body)) }
    return times
}

/// This process's resident memory now and at its peak, in bytes (from /proc/self/status).
enum ResidentMemory {
    static var current: Double { value(of: "VmRSS:") }
    static var peak: Double { value(of: "VmHWM:") }

    private static func value(of field: String) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field) {
            let number = line.dropFirst(field.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                .flatMap { Double($0) } ?? 0
            return number * 1024
        }
        return 0
    }
}
