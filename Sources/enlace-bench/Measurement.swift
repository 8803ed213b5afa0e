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
    /// CPU time of the runs (all threads), when measured in-process: what the work cost,
    /// however busy the machine was.
    var cpuMilliseconds: [Double] = []

    var median: Double {
        let sorted = milliseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    func line() -> String {
        var object: [String: Any] = [:]
        if !cpuMilliseconds.isEmpty {
            object["cpu_median_ms"] = Self.round(Measurement(what: "", cases: 0, milliseconds: cpuMilliseconds).median)
        }
        object.merge([
            "what": what, "cases": cases, "median_ms": Self.round(median),
            "min_ms": Self.round(milliseconds.min() ?? 0), "max_ms": Self.round(milliseconds.max() ?? 0),
            "runs_ms": milliseconds.map(Self.round),
        ]) { $1 }
        for (key, value) in extra { object[key] = Self.round(value) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// This measurement with the CPU times of the last `measure`.
    func withCPU() -> Measurement {
        var copy = self
        copy.cpuMilliseconds = ProcessCPU.last
        return copy
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

/// `runs` timings of `body` after one warm-up run that is not counted; the CPU time of each
/// run is left in `lastCPUMilliseconds`.
func measure(runs: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> [Double] {
    if warmUp { try body() }
    var times: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<runs {
        let before = ProcessCPU.milliseconds
        times.append(try milliseconds(body))
        cpu.append(ProcessCPU.milliseconds - before)
    }
    ProcessCPU.last = cpu
    return times
}

/// User and system time of this process, all threads.
enum ProcessCPU {
    nonisolated(unsafe) static var last: [Double] = []

    static var milliseconds: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    }
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
