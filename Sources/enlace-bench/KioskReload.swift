import EnlaceModel
import EnlaceStore
import EnlaceUI

/// What the wall display does with every reload (any officer's save): the board's data made
/// into `KioskData` under the default policy, on its one thread.
extension Benchmarks {
    static func kioskData(_ options: BenchOptions) throws {
        let data = try Store(directory: try options.data, mode: .readOnly).load().data
        var made = KioskData.empty
        let times = measure(runs: options.runs) { made = KioskData(data, policy: KioskPolicy()) }
        Measurement(what: "kiosk.data(each reload)", cases: data.cases.count, milliseconds: times, extra: [
            "shown_cases": Double(made.cases.count),
        ]).withCPU().print()
    }
}
