import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// What each part of a loaded board keeps resident (after handing freed pages back with
/// `malloc_trim`, before and after each part is made): the whole cases, the search index, the
/// board's state. Bytes per case, so that the parts of BENCHMARKS.md's memory row
/// can be compared at any size.
extension Benchmarks {
    static func memoryParts(_ options: BenchOptions) throws {
        let store = Store(directory: try options.data, mode: .readOnly)
        func inUse() -> Double {
            ReleaseFreedMemory.now()
            return ResidentMemory.current
        }
        var extra: [String: Double] = [:]
        var mark = inUse()
        func part(_ name: String) {
            let now = inUse()
            extra[name] = now - mark
            mark = now
        }
        let data = try store.load().data
        part("whole_cases")
        let built = CaseSearch.Built(indexing: data.cases, generation: 1)
        part("search_index")
        let state = AppState(data: data, size: ScreenSize(width: 200, height: 50), language: .en, today: BoardGeneratorDay.today)
        part("state")
        let count = data.cases.count
        for key in extra.keys { extra[key] = (extra[key] ?? 0) / Double(max(1, count)) }
        Measurement(what: "memory.parts(bytes per case)", cases: count, milliseconds: [0], extra: extra).print()
        withExtendedLifetime((data, built, state)) {}
    }
}

